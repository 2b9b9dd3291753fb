/* The seed programs for the three problem types, written the way a bootcamp writes the seven steps.
 * They run unchanged in Colab. */
var SP = window.SP || (window.SP = {});

SP.seeds = {
  regression: [
    'import numpy as np',
    'from tensorflow import keras',
    '',
    '# y = 3x + 2 with a little noise',
    'np.random.seed(42)',
    'x = np.random.rand(100, 1) * 2',
    'y = 3 * x + 2 + np.random.randn(100, 1) * 0.2',
    '',
    'keras.backend.clear_session()',
    'model = keras.models.Sequential()',
    'model.add(keras.layers.Input(shape=(1,)))',
    'model.add(keras.layers.Dense(1))',
    'model.compile(loss=\'mse\', optimizer=keras.optimizers.Adam(learning_rate=0.1))',
    'model.summary()',
    'history = model.fit(x, y, epochs=10)',
    'y_pred = model.predict(x)',
    ''
  ].join('\n'),

  binary: [
    'from sklearn.datasets import make_moons',
    'from tensorflow import keras',
    '',
    'x, y = make_moons(n_samples=200, noise=0.2, random_state=42)',
    '',
    'keras.backend.clear_session()',
    'model = keras.models.Sequential()',
    'model.add(keras.layers.Input(shape=(2,)))',
    'model.add(keras.layers.Dense(8, activation=\'relu\'))',
    'model.add(keras.layers.Dense(1, activation=\'sigmoid\'))',
    'model.compile(loss=\'binary_crossentropy\', metrics=[\'accuracy\'], optimizer=keras.optimizers.Adam(learning_rate=0.01))',
    'model.summary()',
    'history = model.fit(x, y, epochs=10)',
    'y_pred = model.predict(x)',
    ''
  ].join('\n'),

  multiclass: [
    'from sklearn.datasets import load_iris',
    'from tensorflow import keras',
    'from tensorflow.keras.utils import to_categorical',
    '',
    'x, y = load_iris(return_X_y=True)',
    'y = to_categorical(y, 3)',
    '',
    'keras.backend.clear_session()',
    'model = keras.models.Sequential()',
    'model.add(keras.layers.Input(shape=(4,)))',
    'model.add(keras.layers.Dense(3, activation=\'softmax\'))',
    'model.compile(loss=\'categorical_crossentropy\', metrics=[\'accuracy\'], optimizer=\'adam\')',
    'model.summary()',
    'history = model.fit(x, y, epochs=10)',
    'y_pred = model.predict(x)',
    ''
  ].join('\n')
};
