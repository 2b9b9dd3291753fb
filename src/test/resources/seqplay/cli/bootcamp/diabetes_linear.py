from tensorflow import keras
from sklearn.datasets import load_diabetes
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import MinMaxScaler
from sklearn.metrics import mean_absolute_error, r2_score

x, y = load_diabetes(return_X_y=True)
x_train, x_test, y_train, y_test = train_test_split(x, y, test_size=0.2, random_state=1)
scaler = MinMaxScaler()
x_train = scaler.fit_transform(x_train)
x_test = scaler.transform(x_test)

keras.backend.clear_session()
model = keras.models.Sequential()
model.add(keras.layers.Input(shape=(10,)))
model.add(keras.layers.Dense(1))
model.compile(loss='mse', optimizer=keras.optimizers.Adam(learning_rate=0.1), metrics=['mae'])
model.summary()
model.fit(x_train, y_train, epochs=150, verbose=0)
y_pred = model.predict(x_test, verbose=0)
print(f"MAE: {mean_absolute_error(y_test, y_pred):.1f}")
print(f"R2: {r2_score(y_test, y_pred):.3f}")
