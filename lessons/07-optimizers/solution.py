from sklearn.datasets import make_circles
from tensorflow import keras

# A circle of points inside another circle
x, y = make_circles(n_samples=300, noise=0.1, factor=0.5, random_state=1)

# (optimizer, learning rate) pairs to compare
settings = [('sgd', 0.01), ('sgd', 0.1), ('sgd-momentum', 0.01), ('rmsprop', 0.01), ('adam', 0.01)]

for i, (name, lr) in enumerate(settings):
    if name == 'sgd':
        optimizer = keras.optimizers.SGD(learning_rate=lr)
    elif name == 'sgd-momentum':
        optimizer = keras.optimizers.SGD(learning_rate=lr, momentum=0.9)
    elif name == 'rmsprop':
        optimizer = keras.optimizers.RMSprop(learning_rate=lr)
    else:
        optimizer = keras.optimizers.Adam(learning_rate=lr)

    keras.backend.clear_session()
    model = keras.models.Sequential()
    model.add(keras.layers.Input(shape=(2,)))
    model.add(keras.layers.Dense(16, activation='relu'))
    model.add(keras.layers.Dense(1, activation='sigmoid'))
    model.compile(loss='binary_crossentropy', optimizer=optimizer, metrics=['accuracy'])
    if i == 0:
        model.summary()
    history = model.fit(x, y, epochs=40, verbose=0)
    loss = history.history['loss'][-1]
    accuracy = history.history['accuracy'][-1]
    print(f'{name:>12}  lr={lr:<6} loss={loss:.4f}  accuracy={accuracy:.4f}')

print(model.predict(x[:3]).round(3), y[:3])
