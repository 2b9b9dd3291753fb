from sklearn.datasets import make_moons
from sklearn.model_selection import train_test_split
from tensorflow import keras

# 300 points in two interleaving half-moons, labels 0 and 1
x, y = make_moons(n_samples=300, noise=0.2, random_state=42)
x_train, x_test, y_train, y_test = train_test_split(x, y, test_size=0.2, random_state=42)

keras.backend.clear_session()
model = keras.models.Sequential()
model.add(keras.layers.Input(shape=(2,)))
model.add(keras.layers.Dense(16, activation='relu'))
model.add(keras.layers.Dense(16, activation='relu'))
model.add(keras.layers.Dense(1, activation='sigmoid'))
model.compile(loss='binary_crossentropy',
              optimizer=keras.optimizers.Adam(learning_rate=0.01), metrics=['accuracy'])
model.summary()
history = model.fit(x_train, y_train, epochs=50)

model.evaluate(x_test, y_test)
print(model.predict(x_test[:5]).round(3), y_test[:5])
