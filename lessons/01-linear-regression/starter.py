import numpy as np
from tensorflow import keras

# Data: 100 points scattered around the line y = 3x + 2
np.random.seed(42)
x = np.random.rand(100, 1) * 2
y = 3 * x + 2 + np.random.randn(100, 1) * 0.2

# 1. Start from a clean slate
keras.backend.clear_session()
# 2. An empty model
model = keras.models.Sequential()
# 3. One input feature, one neuron: y = w*x + b
model.add(keras.layers.Input(shape=(1,)))
model.add(keras.layers.Dense(1))
# 4. Mean squared error; the learning rate sets the step size
model.compile(loss='mse', optimizer=keras.optimizers.Adam(learning_rate=0.01))  # TODO: try 0.1
# 5. Look at the model
model.summary()
# 6. Train
history = model.fit(x, y, epochs=10)  # TODO: more epochs
# 7. Predict, and read the line the neuron learned
print(model.predict(np.array([[1.0]])))
w, b = model.get_weights()
print('w =', w[0, 0], 'b =', b[0])
