package seqplay.errors;

/**
 * Hints for mistakes the data layer reports ({@code pandas.*}, {@code sklearn.*}): files, columns, splits and
 * metrics, the part of a lesson before the seven steps. {@code HintsTest} checks that every such id thrown in
 * the code has an entry here.
 */
final class DataHints {
    private DataHints() {
    }

    static void register(Hints.Registry r) {
        // ---- pandas: files and columns
        r.add("pandas.file_not_found",
                "파일 이름(대소문자와 확장자까지)을 확인하세요. 내 CSV 파일은 먼저 '데이터셋' 버튼에서 올려야 읽을 수 있고, "
                        + "load_iris() 같은 내장 데이터셋은 파일 없이 바로 쓸 수 있습니다.",
                "Check the file name, case and extension included. Upload your CSV with the Datasets button first; "
                        + "built-in datasets such as load_iris() need no file.");
        r.add("pandas.no_network",
                "놀이터는 인터넷에서 파일을 내려받지 않습니다. 파일을 내려받아 '데이터셋' 버튼에서 올린 뒤 "
                        + "pd.read_csv('파일이름.csv')로 읽으세요.",
                "The playground never downloads from the web. Download the file, upload it with the Datasets button, "
                        + "then read it with pd.read_csv('name.csv').");
        r.add("pandas.encoding",
                "파일을 UTF-8로 저장하세요(엑셀: 'CSV UTF-8(쉼표로 분리)'). 다시 올린 뒤 encoding= 없이 pd.read_csv를 "
                        + "부르면 됩니다.",
                "Save the file as UTF-8 (in Excel: 'CSV UTF-8 (Comma delimited)'), upload it again and call "
                        + "pd.read_csv without encoding=.");
        r.add("pandas.object_values",
                "모델에는 숫자만 넣을 수 있습니다. 글자 열은 df.drop(columns=['열이름'])으로 빼거나 "
                        + "pd.get_dummies(df, columns=['열이름'])로 숫자 열로 바꾸세요.",
                "A model takes numbers only. Drop the text column with df.drop(columns=['name']) or turn it into "
                        + "number columns with pd.get_dummies(df, columns=['name']).");
        r.add("pandas.align",
                "같은 DataFrame의 열끼리 계산하세요(예: df['a'] + df['b']). 행 레이블이 다른 Series는 놀이터에서 "
                        + "맞춰 주지 않습니다.",
                "Combine columns of one DataFrame, e.g. df['a'] + df['b']. The playground does not line up Series "
                        + "whose row labels differ.");
        r.add("pandas.unsupported_argument",
                "놀이터의 pandas는 수업에서 쓰는 인자만 지원합니다. 이 인자를 빼고 실행하거나, 같은 일을 하는 다른 "
                        + "방법(예: 먼저 열을 고른 뒤 계산)을 써 보세요.",
                "The playground's pandas takes the arguments lessons use. Leave this one out, or reach the same "
                        + "result another way (for example, select the columns first).");
        // ---- matplotlib
        r.add("plot.unsupported_argument",
                "놀이터의 matplotlib은 수업에서 쓰는 그림과 인자만 그립니다(docs/plotting.md). 이 인자를 빼거나 메시지가 "
                        + "알려 주는 방법으로 바꾸고, 꼭 필요하면 이 줄은 Colab에서 실행하세요.",
                "The playground's matplotlib draws the plots and arguments lessons use (docs/plotting.md). Leave this "
                        + "argument out or use what the message offers; if you need it, run this line in Colab.");
        r.add("plot.axes_array",
                "plt.subplots(행, 열)은 Axes 하나가 아니라 Axes 배열을 돌려줍니다. axes[0, 1]처럼 하나를 골라 그리거나, "
                        + "for ax in axes.flat: 으로 하나씩 꺼내 그리세요. Axes 하나만 필요하면 fig, ax = plt.subplots()를 "
                        + "쓰세요.",
                "plt.subplots(rows, cols) returns an array of Axes, not one Axes. Draw on one of them, e.g. "
                        + "axes[0, 1].plot(...), or loop with for ax in axes.flat:. For a single Axes use "
                        + "fig, ax = plt.subplots().");
        // ---- scikit-learn: splits, scalers and metrics
        r.add("sklearn.expected_2d",
                "특성 행렬 x는 2차원이어야 합니다. 특성이 하나뿐이면 x.reshape(-1, 1), df['열'] 대신 df[['열']]처럼 "
                        + "대괄호를 두 번 쓰세요.",
                "The feature matrix x must be 2-D. With a single feature use x.reshape(-1, 1), or df[['col']] "
                        + "(double brackets) instead of df['col'].");
        r.add("sklearn.inconsistent_length",
                "x와 y의 샘플 수가 다릅니다. len(x)와 len(y)를 출력해 보고, 같은 데이터에서 함께 나눴는지 확인하세요.",
                "x and y have different numbers of samples. Print len(x) and len(y), and check that both came from "
                        + "the same data and the same split.");
        r.add("sklearn.empty_train",
                "test_size가 너무 커서 학습용 데이터가 남지 않습니다. test_size=0.2처럼 0과 1 사이의 작은 값을 쓰세요.",
                "test_size leaves nothing to train on. Use a fraction such as test_size=0.2.");
        r.add("sklearn.stratify_small",
                "stratify는 클래스마다 샘플이 2개 이상 있어야 합니다. np.unique(y, return_counts=True)로 클래스별 개수를 "
                        + "확인하세요.",
                "stratify needs at least 2 samples in every class. Count them with np.unique(y, return_counts=True).");
        r.add("sklearn.not_fitted",
                "변환하기 전에 먼저 학습 데이터로 fit해야 합니다: x_train = scaler.fit_transform(x_train), 그다음 "
                        + "x_test = scaler.transform(x_test).",
                "Fit the scaler on the training data first: x_train = scaler.fit_transform(x_train), then "
                        + "x_test = scaler.transform(x_test).");
        r.add("sklearn.text_in_numbers",
                "숫자가 필요한 곳에 글자가 있습니다. 글자 열은 빼거나 pd.get_dummies로 숫자로 바꾼 뒤 넘기세요.",
                "Text was found where numbers are needed. Drop text columns or turn them into numbers with "
                        + "pd.get_dummies first.");
        r.add("sklearn.nan_input",
                "값 중에 NaN(빈 값)이 있습니다. 예측이 NaN이라면 학습이 발산했는지 손실을 확인하고, 데이터라면 "
                        + "dropna()나 fillna()로 먼저 채우세요.",
                "Some values are NaN. If the predictions are NaN, check the loss: training may have diverged. If the "
                        + "data has gaps, use dropna() or fillna() first.");
        r.add("sklearn.mixed_targets",
                "정답과 예측의 형태가 다릅니다. 확률(예: model.predict의 출력)은 클래스로 바꿔서 넘기세요: 이진 분류는 "
                        + "(y_pred > 0.5).astype(int), 다중 분류는 y_pred.argmax(axis=1).",
                "The true labels and the predictions have different kinds. Turn probabilities (model.predict's output) "
                        + "into classes first: (y_pred > 0.5).astype(int) for two classes, y_pred.argmax(axis=1) for "
                        + "several.");
        r.add("sklearn.one_hot_report",
                "원-핫 행을 클래스 번호로 바꿔서 넘기세요: y_test.argmax(axis=1)과 y_pred.argmax(axis=1).",
                "Pass class numbers, not one-hot rows: y_test.argmax(axis=1) and y_pred.argmax(axis=1).");
        r.add("sklearn.output_count",
                "y_true와 y_pred의 열 수가 다릅니다. 두 배열의 shape를 출력해 같은 형태인지 확인하세요(예: 둘 다 (n, 1)).",
                "y_true and y_pred have different numbers of columns. Print both shapes and make them match, "
                        + "e.g. both (n, 1).");
        r.add("sklearn.unsupported_argument",
                "놀이터의 scikit-learn은 수업에서 쓰는 인자만 지원합니다. 이 인자를 빼고 실행해 보세요.",
                "The playground's scikit-learn takes the arguments lessons use. Leave this one out.");
    }
}
