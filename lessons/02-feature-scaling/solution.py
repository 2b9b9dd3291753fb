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

# Each feature now has mean 0 and standard deviation 1
scaler = StandardScaler()
x = scaler.fit_transform(x)
print(x[:3])

keras.backend.clear_session()
model = keras.models.Sequential()
model.add(keras.layers.Input(shape=(3,)))
model.add(keras.layers.Dense(1))
model.compile(loss='mse', optimizer=keras.optimizers.SGD(learning_rate=0.1))
model.summary()
history = model.fit(x, y, epochs=30)

# The fitted equation, in scaled units: one weight per standard deviation of each feature
w, b = model.get_weights()
print(f'score = {w[0, 0]:.2f}*hours + {w[1, 0]:.2f}*sleep + {w[2, 0]:.2f}*phone + {b[0]:.2f}')

# The same equation in the original units
w_orig = w[:, 0] / scaler.scale_
b_orig = b[0] - np.sum(w[:, 0] * scaler.mean_ / scaler.scale_)
print('per hour of study, of sleep, per minute on the phone:', w_orig)
print('constant:', b_orig)
print(model.predict(x[:3]))
