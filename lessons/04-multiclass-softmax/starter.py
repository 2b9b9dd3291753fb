from sklearn.datasets import load_iris
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from tensorflow import keras
from tensorflow.keras.utils import to_categorical

# 150 flowers, 4 measurements each; y is the species: 0, 1 or 2
x, y = load_iris(return_X_y=True)
print(x[:3], y[:3])

x_train, x_test, y_train, y_test = train_test_split(x, y, test_size=0.2, random_state=42)
scaler = StandardScaler()
x_train = scaler.fit_transform(x_train)
x_test = scaler.transform(x_test)

# TODO: one column per species
y_train_1h = y_train  # to_categorical(y_train, 3)
y_test_1h = y_test    # to_categorical(y_test, 3)
print(y_train_1h[:3])

keras.backend.clear_session()
model = keras.models.Sequential()
model.add(keras.layers.Input(shape=(4,)))
model.add(keras.layers.Dense(1, activation='sigmoid'))  # TODO: 3 outputs with softmax
model.compile(loss='binary_crossentropy',               # TODO: categorical_crossentropy
              optimizer=keras.optimizers.Adam(learning_rate=0.01), metrics=['accuracy'])
model.summary()
history = model.fit(x_train, y_train_1h, epochs=100, verbose=0)
print('last loss:', history.history['loss'][-1])

model.evaluate(x_test, y_test_1h)
proba = model.predict(x_test[:5])
print(proba.round(3))
