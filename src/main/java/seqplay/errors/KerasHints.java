package seqplay.errors;

/**
 * Hints for mistakes the Keras core and the data layer report ({@code PyException}s with these ids). The ids are
 * the ones the core throws; {@code HintsTest} checks that every id thrown anywhere has an entry here.
 */
final class KerasHints {
    private KerasHints() {
    }

    static void register(Hints.Registry r) {
        // ---- Keras: model and training
        r.add("keras.save_unavailable",
                "플레이그라운드는 브라우저 안에서 돌아가므로 모델 파일을 저장하거나 읽지 않습니다. 학습한 모델을 Colab으로 "
                        + "가져가려면 '내보내기 ▸ 주피터/Colab 노트북'을 쓰세요. 학습된 가중치가 model.set_weights(...) "
                        + "셀로 들어갑니다.",
                "The playground runs in the browser and does not save or load model files. To take the trained model "
                        + "to Colab, use Export ▸ Jupyter/Colab notebook: it carries the weights as a "
                        + "model.set_weights(...) cell.");
        r.add("keras.removed_api",
                "'{0}'은(는) 예전 Keras에 있다가 없어졌습니다(Keras 3에도 없습니다). predict_classes 대신 softmax 출력은 "
                        + "np.argmax(model.predict(x), axis=1), sigmoid 출력은 (model.predict(x) > 0.5).astype(int)를 "
                        + "쓰고, predict_proba 대신 model.predict(x), *_generator 대신 fit/evaluate/predict를 쓰세요.",
                "'{0}' was removed from Keras (Keras 3 has none of it). Instead of predict_classes use "
                        + "np.argmax(model.predict(x), axis=1) for a softmax output or (model.predict(x) > 0.5)"
                        + ".astype(int) for a sigmoid one; instead of predict_proba, model.predict(x); instead of the "
                        + "*_generator methods, fit/evaluate/predict.");
        r.add("data.download_unavailable",
                "이 데이터셋은 인터넷에서 내려받는 것이라 오프라인 플레이그라운드에서는 쓸 수 없습니다(MNIST만 해도 11 MB). "
                        + "내장 데이터셋을 쓰세요: 손글씨 숫자는 load_digits()(8×8), 그 밖에 load_iris(), "
                        + "load_breast_cancer(), load_diabetes(), load_wine(), make_moons() 등. 내 CSV는 '데이터셋' "
                        + "버튼으로 올립니다.",
                "This dataset is downloaded from the web, and the playground works offline (MNIST alone is 11 MB). "
                        + "Use a built-in one: load_digits() for handwritten digits (8×8), or load_iris(), "
                        + "load_breast_cancer(), load_diabetes(), load_wine(), make_moons() and the like. Your own CSV "
                        + "goes in through the Datasets button.");
        r.add("compile-first",
                "fit()이나 evaluate() 전에 model.compile(loss=..., optimizer=...)로 손실 함수와 옵티마이저를 정해야 합니다.",
                "Call model.compile(loss=..., optimizer=...) before fit() or evaluate() to choose a loss and an "
                        + "optimizer.");
        r.add("wrong-feature-count",
                "모델의 Input(shape=(n,))과 x의 열(특성) 수가 다릅니다. x.shape를 출력해 보고 Input의 shape를 맞추세요.",
                "The model's Input(shape=(n,)) and the number of columns (features) in x differ. Print x.shape and "
                        + "make the Input shape match it.");
        r.add("predict-needs-2d",
                "샘플 하나를 예측할 때도 2차원 배열이 필요합니다: np.array([[...]]) 또는 x.reshape(1, -1).",
                "Even one sample must be a 2-D array: np.array([[...]]) or x.reshape(1, -1).");
        r.add("cardinality",
                "x와 y의 샘플 수(첫 번째 차원)가 같아야 합니다. x.shape와 y.shape를 확인하세요.",
                "x and y must have the same number of samples (first dimension). Check x.shape and y.shape.");
        r.add("layer-not-built",
                "레이어의 가중치(kernel, bias)는 입력 크기를 알아야 만들어집니다. 모델 맨 앞에 keras.Input(shape=(n,))을 "
                        + "넣거나 fit()을 한 번 부른 뒤에 읽으세요.",
                "A layer's weights (kernel, bias) are created once its input size is known. Put "
                        + "keras.Input(shape=(n,)) first in the model, or read them after fit().");
        r.add("input-first",
                "Input은 model.add()로 가장 먼저 추가해야 합니다.",
                "Add the Input first, before any other layer.");
        r.add("add-needs-layer",
                "model.add()에는 레이어 객체를 넣어야 합니다. 클래스 이름 뒤에 괄호를 붙여 만드세요. "
                        + "예: model.add(Dense(3, activation='relu'))",
                "model.add() takes a layer object: create one by calling the class, e.g. "
                        + "model.add(Dense(3, activation='relu')).");
        r.add("flat-input-only",
                "놀이터의 모델은 1차원 특성 벡터만 받습니다. 8×8 이미지는 x.reshape(len(x), 64)처럼 펼치고 "
                        + "Input(shape=(64,))을 쓰세요.",
                "The playground's models take flat feature vectors. Flatten 8x8 images with x.reshape(len(x), 64) and "
                        + "use Input(shape=(64,)).");
        r.add("loss-not-finite",
                "{0}번째 에포크의 손실이 {1}입니다: 가중치가 끝없이 커져 학습이 발산했습니다. 학습률을 낮추거나"
                        + "(예: learning_rate=0.001) 입력을 StandardScaler로 스케일링한 뒤 다시 실행하세요.",
                "The loss became {1} in epoch {0}: the weights grew without bound and training diverged. Lower the "
                        + "learning rate (e.g. learning_rate=0.001) or scale the inputs with StandardScaler, then run "
                        + "again.");
        r.add("array-too-large",
                "놀이터는 브라우저 안에서 배열 하나에 최대 67,108,864개(512 MiB)의 값을 담습니다. 샘플이나 특성 수를 줄여 보세요.",
                "The playground keeps at most 67,108,864 values (512 MiB) in one array in the browser. Use fewer "
                        + "samples or features.");
        r.add("model-too-large",
                "모델이 브라우저에서 학습하기에는 너무 큽니다. 층의 유닛 수를 줄여 보세요.",
                "The model is too large to train in the browser. Use fewer units per layer.");
        r.add("categorical-with-integer-labels",
                "categorical_crossentropy는 원-핫 레이블이 필요합니다. y = to_categorical(y)로 바꾸거나, 정수 레이블 그대로 "
                        + "loss='sparse_categorical_crossentropy'를 쓰세요.",
                "categorical_crossentropy needs one-hot labels. Convert with y = to_categorical(y), or keep the "
                        + "integer labels and use loss='sparse_categorical_crossentropy'.");
        r.add("sparse-with-one-hot",
                "sparse_categorical_crossentropy는 정수 레이블(0, 1, 2…)을 받습니다. 원-핫 레이블이라면 "
                        + "categorical_crossentropy를 쓰세요.",
                "sparse_categorical_crossentropy takes integer labels (0, 1, 2...). With one-hot labels use "
                        + "categorical_crossentropy.");
        r.add("loss-shape-mismatch",
                "출력층의 유닛 수와 y의 열 수가 다릅니다. 분류라면 마지막 Dense의 유닛 수를 클래스 수에 맞추세요.",
                "The output layer's units and the columns of y differ. For classification, give the last Dense as "
                        + "many units as there are classes.");
        r.add("loss-broadcast",
                "y의 열 수를 출력 유닛 수와 맞추세요(회귀라면 보통 Dense(1)과 열이 하나인 y).",
                "Give y as many columns as the output has units (for a regression usually Dense(1) and one column).");
        r.add("label-out-of-range",
                "레이블 값이 출력 유닛 수보다 크거나 음수입니다. 클래스가 k개면 마지막 층은 Dense(k, activation='softmax')이고 "
                        + "레이블은 0…k-1이어야 합니다.",
                "A label is negative or not smaller than the number of output units. With k classes the last layer "
                        + "is Dense(k, activation='softmax') and labels run from 0 to k-1.");
        r.add("unknown-activation",
                "활성화 함수 이름을 확인하세요: 'relu', 'sigmoid', 'softmax', 'tanh', 'linear'… (대소문자 구분).",
                "Check the activation name: 'relu', 'sigmoid', 'softmax', 'tanh', 'linear'... (case matters).");
        r.add("unknown-loss",
                "손실 함수 이름을 확인하세요: 'mse', 'binary_crossentropy', 'categorical_crossentropy', "
                        + "'sparse_categorical_crossentropy'…",
                "Check the loss name: 'mse', 'binary_crossentropy', 'categorical_crossentropy', "
                        + "'sparse_categorical_crossentropy'...");
        r.add("unknown-metric",
                "지표 이름을 확인하세요: 'accuracy', 'mae', 'mse'…",
                "Check the metric name: 'accuracy', 'mae', 'mse'...");
        r.add("unknown-optimizer",
                "옵티마이저 이름을 확인하세요: 'adam', 'sgd', 'rmsprop', 'adagrad'.",
                "Check the optimizer name: 'adam', 'sgd', 'rmsprop', 'adagrad'.");
        r.add("unknown-initializer",
                "초기화 방법 이름을 확인하세요: 'glorot_uniform', 'he_normal', 'zeros', 'ones'…",
                "Check the initializer name: 'glorot_uniform', 'he_normal', 'zeros', 'ones'...");
        r.add("optimizer-lr",
                "Keras 3에서는 lr 대신 learning_rate를 씁니다: keras.optimizers.Adam(learning_rate=0.01).",
                "Keras 3 spells it learning_rate, not lr: keras.optimizers.Adam(learning_rate=0.01).");
        r.add("optimizer-reused",
                "옵티마이저 객체는 모델 하나에만 씁니다. 모델마다 keras.optimizers.Adam()을 새로 만드세요.",
                "An optimizer object belongs to one model. Create a new keras.optimizers.Adam() for each model.");
        r.add("optimizer-not-supported",
                "놀이터에는 Adam, SGD, RMSprop, Adagrad 옵티마이저가 있습니다.",
                "The playground has the Adam, SGD, RMSprop and Adagrad optimizers.");
        r.add("loss-not-supported",
                "놀이터에는 mse, mae, mape, msle, huber와 세 가지 crossentropy 손실이 있습니다.",
                "The playground has the mse, mae, mape, msle, huber and the three crossentropy losses.");
        r.add("metric-not-supported",
                "놀이터에는 accuracy 계열과 mae, mse, rmse 등 손실 기반 지표가 있습니다.",
                "The playground has the accuracy metrics and the loss-based ones such as mae, mse and rmse.");
        // ---- data: CSV files and datasets
        r.add("csv-too-large",
                "놀이터는 20MB까지의 CSV 파일만 읽습니다. 필요한 열이나 행만 남긴 파일을 올려 보세요.",
                "The playground reads CSV files of up to 20 MB. Upload a file with only the columns or rows you need.");
        r.add("csv-empty",
                "파일이 비어 있습니다. 올바른 CSV 파일인지 확인하세요.",
                "The file is empty. Check that it is the right CSV file.");
        r.add("csv-bad-row",
                "이 줄의 값 개수가 머리글과 다릅니다. 값 안에 쉼표가 있다면 따옴표로 감싸거나 sep=';'을 확인하세요.",
                "This row has a different number of values than the header. Quote values that contain commas, or "
                        + "check sep=';'.");
        r.add("csv-not-utf8",
                "파일이 UTF-8이 아닙니다(예: 엑셀의 CP949). 엑셀에서 'CSV UTF-8'로 다시 저장하세요.",
                "The file is not UTF-8 (for example Excel's CP949). Save it again from Excel as 'CSV UTF-8'.");
        r.add("csv-sep",
                "구분자는 sep=','(기본), sep=';' 또는 sep='\\t'처럼 한 글자로 주세요.",
                "Give the separator as one character: sep=',' (the default), sep=';' or sep='\\t'.");
        r.add("csv-usecols",
                "usecols에 적은 열 이름이나 번호가 파일에 있는지 df.columns로 확인하세요.",
                "Check with df.columns that the names or numbers in usecols exist in the file.");
        r.add("csv-index-columns",
                "값이 머리글보다 많은 줄이 있습니다. 머리글 줄에 빠진 이름이 없는지 확인하세요.",
                "Some rows have more values than the header. Check the header row for a missing name.");
        r.add("dataset-missing",
                "데이터셋을 아직 불러오지 못했습니다. 페이지를 새로 고친 뒤 다시 실행해 보세요.",
                "The data set has not been loaded yet. Reload the page and run again.");
    }
}
