import numpy as np
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras.utils import to_categorical
from sklearn.datasets import load_iris
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import accuracy_score, classification_report

iris = load_iris()
x = iris.data
y = iris.target
x_train, x_test, y_train, y_test = train_test_split(x, y, test_size=0.2, random_state=42, stratify=y)
scaler = StandardScaler()
x_train = scaler.fit_transform(x_train)
x_test = scaler.transform(x_test)
y_train_oh = to_categorical(y_train, 3)

keras.backend.clear_session()
model = keras.models.Sequential()
model.add(keras.layers.Input(shape=(4,)))
model.add(keras.layers.Dense(3, activation='softmax'))
model.compile(loss='categorical_crossentropy', optimizer=keras.optimizers.Adam(learning_rate=0.05), metrics=['accuracy'])
model.summary()
history = model.fit(x_train, y_train_oh, epochs=30, verbose=0)
y_pred = model.predict(x_test)
pred = np.argmax(y_pred, axis=1)
print(f"test accuracy: {accuracy_score(y_test, pred):.4f}")
print(classification_report(y_test, pred, target_names=iris.target_names))
