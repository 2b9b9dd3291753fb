package seqplay.errors;

/** Texts of the static checker's warnings ({@code check.*}), shown before a program runs. */
final class CheckerHints {
    private CheckerHints() {
    }

    static void register(Hints.Registry r) {
        r.add("check.softmax_binary",
                "출력층이 softmax인데 손실이 binary_crossentropy입니다. 이진 분류는 Dense(1, activation='sigmoid')와 "
                        + "binary_crossentropy를, 다중 분류는 softmax와 categorical_crossentropy를 함께 쓰세요.",
                "The output layer uses softmax but the loss is binary_crossentropy. For two classes use "
                        + "Dense(1, activation='sigmoid') with binary_crossentropy; for several classes softmax with "
                        + "categorical_crossentropy.");
        r.add("check.sigmoid_categorical",
                "출력층이 sigmoid(유닛 {0}개)인데 손실이 categorical 계열입니다. 여러 클래스 중 하나를 고르는 문제라면 "
                        + "activation='softmax'를 쓰세요.",
                "The output layer is sigmoid with {0} units but the loss is categorical. To pick one class among "
                        + "several, use activation='softmax'.");
        r.add("check.softmax_one_unit",
                "유닛이 1개인 softmax는 항상 1.0을 출력해 학습이 되지 않습니다. 이진 분류라면 activation='sigmoid'를 쓰세요.",
                "A softmax over a single unit always outputs 1.0, so nothing is learned. For two classes use "
                        + "activation='sigmoid'.");
        r.add("check.accuracy_regression",
                "회귀(선형 출력 + mse/mae)에서는 accuracy가 의미가 없습니다(거의 항상 0). metrics=['mae']를 써 보세요.",
                "Accuracy means nothing for a regression (linear output with mse/mae): it stays near 0. Try "
                        + "metrics=['mae'].");
        r.add("check.mse_onehot",
                "원-핫 레이블(to_categorical)에 '{0}' 손실을 쓰고 있습니다. 분류에는 softmax와 categorical_crossentropy가 "
                        + "맞습니다.",
                "The labels are one-hot (to_categorical) but the loss is '{0}'. Classification calls for softmax with "
                        + "categorical_crossentropy.");
        r.add("check.missing_input",
                "모델의 첫 단계로 keras.layers.Input(shape=(특성 수,))을 추가하세요. 그래야 summary()가 모양과 파라미터 수를 "
                        + "보여 줍니다.",
                "Add keras.layers.Input(shape=(n_features,)) to the model first, so that summary() can show the "
                        + "shapes and parameter counts.");
        r.add("check.units_classes",
                "출력층의 유닛은 {0}개인데 to_categorical은 클래스 {1}개를 만듭니다. 출력 유닛 수를 클래스 수와 맞추세요.",
                "The output layer has {0} units but to_categorical makes {1} classes. Make the output units match "
                        + "the number of classes.");
        r.add("check.fit_before_compile",
                "{0}() 전에 model.compile(...)을 먼저 호출해야 합니다(손실 함수와 옵티마이저 지정).",
                "Call model.compile(...) (choosing a loss and an optimizer) before {0}().");
        r.add("check.predict_before_fit",
                "아직 학습(fit)하지 않은 모델로 예측합니다. 결과는 무작위 가중치에서 나옵니다.",
                "This predicts with a model that has not been trained (fit) yet: the results come from random "
                        + "weights.");
        r.add("check.summary_empty",
                "레이어를 추가하기 전에 summary()를 호출했습니다. model.add(...) 다음에 호출하세요.",
                "summary() is called before any layer is added; call it after model.add(...).");
    }
}
