from sklearn.datasets import load_breast_cancer
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from tensorflow import keras

# 569 tumours, 30 measurements each; y is 0 (malignant) or 1 (benign)
x, y = load_breast_cancer(return_X_y=True)
print(x.shape, y[:10])

# Keep 20% aside to test the model on tumours it never saw
x_train, x_test, y_train, y_test = train_test_split(x, y, test_size=0.2, random_state=42)
scaler = StandardScaler()
x_train = scaler.fit_transform(x_train)
x_test = scaler.transform(x_test)

keras.backend.clear_session()
model = keras.models.Sequential()
model.add(keras.layers.Input(shape=(30,)))
model.add(keras.layers.Dense(1, activation='sigmoid'))
model.compile(loss='binary_crossentropy',
              optimizer=keras.optimizers.Adam(learning_rate=0.01), metrics=['accuracy'])
model.summary()
history = model.fit(x_train, y_train, epochs=30)

model.evaluate(x_test, y_test)
proba = model.predict(x_test[:5])
print(proba.round(3))
print((proba[:, 0] > 0.5).astype(int), y_test[:5])
