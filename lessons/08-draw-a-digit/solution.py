import numpy as np
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from tensorflow import keras

# 1797 digits, each 8x8 grey levels from 0 (white) to 16 (black), flattened to 64 features
x, y = load_digits(return_X_y=True)
print(x.shape, y[:10])
print(x[0].reshape(8, 8))

x = x / 16.0
x_train, x_test, y_train, y_test = train_test_split(x, y, test_size=0.2, random_state=42)

keras.backend.clear_session()
model = keras.models.Sequential()
model.add(keras.layers.Input(shape=(64,)))
model.add(keras.layers.Dense(64, activation='relu'))
model.add(keras.layers.Dense(10, activation='softmax'))
model.compile(loss='sparse_categorical_crossentropy', optimizer='adam', metrics=['accuracy'])
model.summary()
history = model.fit(x_train, y_train, epochs=30, validation_split=0.1)

model.evaluate(x_test, y_test)

# `drawn` is your drawing from the panel: 8 rows of 8 grey levels (0-16), like load_digits.
# In Colab, use a test digit instead: drawn = x_test[0].reshape(8, 8) * 16
digit = np.array(drawn).reshape(1, 64) / 16.0
proba = model.predict(digit)
print('You drew a', proba.argmax())
print(proba.round(2))
