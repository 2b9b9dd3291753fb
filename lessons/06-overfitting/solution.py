from sklearn.datasets import make_moons
from sklearn.model_selection import train_test_split
from tensorflow import keras

# Few, noisy points: easy to memorise, hard to generalise
x, y = make_moons(n_samples=200, noise=0.35, random_state=0)
x_train, x_test, y_train, y_test = train_test_split(x, y, test_size=0.3, random_state=0)

keras.backend.clear_session()
model = keras.models.Sequential()
model.add(keras.layers.Input(shape=(2,)))
model.add(keras.layers.Dense(128, activation='relu'))
model.add(keras.layers.Dropout(0.3))
model.add(keras.layers.Dense(128, activation='relu'))
model.add(keras.layers.Dropout(0.3))
model.add(keras.layers.Dense(1, activation='sigmoid'))
model.compile(loss='binary_crossentropy',
              optimizer=keras.optimizers.Adam(learning_rate=0.01), metrics=['accuracy'])
model.summary()

early = keras.callbacks.EarlyStopping(monitor='val_loss', patience=20, restore_best_weights=True)
history = model.fit(x_train, y_train, epochs=300, validation_split=0.25, callbacks=[early], verbose=0)
print('epochs run:', len(history.history['loss']))
print('last loss:', history.history['loss'][-1], 'last val_loss:', history.history['val_loss'][-1])
print('lowest val_loss:', min(history.history['val_loss']))

model.evaluate(x_test, y_test)
