import numpy as np
from tensorflow import keras
from sklearn.preprocessing import StandardScaler

# Data: 200 students. Exam score from three habits measured in very different units.
np.random.seed(0)
n = 200
hours = np.random.uniform(0, 10, n)   # hours of study per week
sleep = np.random.uniform(4, 9, n)    # hours of sleep per night
phone = np.random.uniform(0, 300, n)  # minutes on the phone per day
score = 4 * hours + 3 * sleep - 0.05 * phone + 30 + np.random.randn(n) * 3
x = np.column_stack([hours, sleep, phone])
y = score
print(x[:3])

# TODO: scale the features so that each has mean 0 and standard deviation 1
# scaler = StandardScaler()
# x = scaler.fit_transform(x)

keras.backend.clear_session()
model = keras.models.Sequential()
model.add(keras.layers.Input(shape=(3,)))
model.add(keras.layers.Dense(1))
model.compile(loss='mse', optimizer=keras.optimizers.SGD(learning_rate=0.1))
model.summary()
history = model.fit(x, y, epochs=30)

w, b = model.get_weights()
print(f'score = {w[0, 0]:.2f}*hours + {w[1, 0]:.2f}*sleep + {w[2, 0]:.2f}*phone + {b[0]:.2f}')
print(model.predict(x[:3]))
