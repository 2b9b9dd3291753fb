package seqplay.errors;

/**
 * Hints for mistakes in the Python language itself ({@code lang.*}): syntax, names, types, operators, and the
 * parts of Python the playground does not run. Placeholders: {@code {0}}, {@code {1}} as documented per entry.
 */
final class LanguageHints {
    private LanguageHints() {
    }

    static void register(Hints.Registry r) {
        // ---- syntax ----
        r.add("lang.syntax.generic",
                "이 부분은 파이썬 문법에 맞지 않습니다. ^ 표시 근처의 괄호, 쉼표, 콜론(:), 따옴표를 확인해 보세요.",
                "This is not valid Python here. Check the brackets, commas, colons and quotes near the ^ mark.");
        r.add("lang.syntax.never_closed",
                "여는 괄호 '{0}'에 맞는 닫는 괄호가 없습니다. 그 줄이나 바로 다음 줄 끝에 닫는 괄호를 넣어 보세요.",
                "The opening '{0}' is never closed. Add the matching closing bracket at the end of that line "
                        + "or the next one.");
        r.add("lang.syntax.unmatched",
                "여는 괄호 없이 닫는 괄호가 있습니다. 괄호가 한 번 더 들어갔는지 확인하세요.",
                "There is a closing bracket with no opening one. Look for one bracket too many.");
        r.add("lang.syntax.mismatch",
                "괄호의 짝이 맞지 않습니다. ( 는 ), [ 는 ], { 는 } 로 닫아야 합니다.",
                "The brackets do not pair up: ( closes with ), [ with ], { with }.");
        r.add("lang.syntax.comma",
                "두 값 사이에 쉼표(,)가 빠진 것 같습니다. 예: Dense(3, activation='relu')",
                "A comma seems to be missing between two values, e.g. Dense(3, activation='relu').");
        r.add("lang.syntax.colon",
                "if, elif, else, for 줄은 콜론(:)으로 끝나야 합니다.",
                "Lines starting with if, elif, else or for must end with a colon (:).");
        r.add("lang.syntax.indent_expected",
                "콜론(:)으로 끝나는 줄 다음에는 들여쓴(보통 공백 4칸) 줄이 하나 이상 와야 합니다.",
                "After a line ending with a colon (:), at least one indented line (usually 4 spaces) must follow.");
        r.add("lang.syntax.unexpected_indent",
                "이 줄은 들여쓸 이유가 없는데 들여써져 있습니다. 줄 앞의 공백을 지워 위 줄과 맞춰 보세요.",
                "This line is indented for no reason. Remove the spaces in front so it lines up with the line above.");
        r.add("lang.syntax.unindent",
                "들여쓰기 칸 수가 위쪽 어느 줄과도 맞지 않습니다. 같은 블록의 줄은 같은 칸 수(보통 4칸)로 맞추세요.",
                "This indentation matches no enclosing block. Lines of one block need the same indentation "
                        + "(usually 4 spaces).");
        r.add("lang.syntax.tab",
                "탭과 공백이 섞여 있습니다. 들여쓰기는 공백으로만 하세요(보통 4칸).",
                "Tabs and spaces are mixed. Indent with spaces only (usually 4).");
        r.add("lang.syntax.string",
                "문자열을 닫는 따옴표가 없습니다. 시작한 것과 같은 따옴표(' 또는 \")로 끝내세요.",
                "The string has no closing quote. End it with the same quote (' or \") it started with.");
        r.add("lang.syntax.fstring",
                "f-문자열의 중괄호 { } 안을 확인하세요. 예: f\"{loss:.4f}\"",
                "Check the braces { } of the f-string, e.g. f\"{loss:.4f}\".");
        r.add("lang.syntax.invalid_character",
                "'{0}' 문자는 코드에 쓸 수 없습니다. 한글 자판의 전각 문자나 문서에서 복사한 따옴표(“ ”)일 수 있습니다. "
                        + "영문 자판으로 다시 입력해 보세요.",
                "The character '{0}' cannot be used in code. It may be a full-width character from a Korean "
                        + "keyboard or a curly quote copied from a document; type it again with an English keyboard.");
        r.add("lang.syntax.invisible_character",
                "보이지 않는 특수 공백 문자({0})가 들어 있습니다. 웹 페이지에서 복사한 코드에 자주 생깁니다. "
                        + "그 부분의 공백을 지우고 다시 입력하세요.",
                "An invisible special space ({0}) is in the code, often copied from a web page. Delete the "
                        + "spaces there and type them again.");
        r.add("lang.syntax.number",
                "숫자를 쓰는 방법이 잘못되었습니다. 숫자 바로 뒤에 글자가 붙어 있지 않은지 확인하세요(예: 1e-3, 1_000).",
                "This number is written incorrectly. Check that no letter is glued to it (valid: 1e-3, 1_000).");
        r.add("lang.syntax.continuation",
                "줄 끝의 역슬래시(\\) 뒤에는 아무것도 오면 안 되고, 다음 줄이 이어져야 합니다. 괄호 안에서는 \\ 없이 줄을 바꿀 수 "
                        + "있습니다.",
                "Nothing may follow a line-continuation backslash (\\), and a next line must follow. Inside "
                        + "brackets you can break lines without \\.");
        r.add("lang.syntax.print",
                "파이썬 3에서 print는 함수입니다. print(\"...\")처럼 괄호를 쓰세요.",
                "In Python 3, print is a function: write print(\"...\") with parentheses.");
        r.add("lang.syntax.assign",
                "= 왼쪽에는 값을 담을 변수(또는 속성, 인덱스)만 올 수 있습니다. 비교하려면 == 를 쓰세요.",
                "Only a variable (or attribute, or index) can stand left of =. To compare, use ==.");
        r.add("lang.syntax.assign_eq",
                "조건에서 같은지 비교할 때는 = 가 아니라 == 를 씁니다. 예: if x == 1:",
                "To compare in a condition, use == rather than =, e.g. if x == 1:");
        r.add("lang.syntax.keyword_arg",
                "함수 인자는 위치 인자(예: x, y)를 먼저, 이름 붙은 인자(예: epochs=10)를 나중에 씁니다. 같은 이름을 두 번 "
                        + "쓰지 마세요.",
                "Pass positional arguments (like x, y) first and named ones (like epochs=10) after them, each "
                        + "name once.");
        r.add("lang.syntax.dict_colon",
                "딕셔너리에서는 키 다음에 콜론(:)과 값이 와야 합니다. 예: {'a': 1, 'b': 2}",
                "In a dict, each key is followed by a colon and a value, e.g. {'a': 1, 'b': 2}.");
        r.add("lang.syntax.break",
                "break와 continue는 for 반복문 안에서만 쓸 수 있습니다.",
                "break and continue can only be used inside a for loop.");
        r.add("lang.syntax.return",
                "return, yield, await는 함수 안에서만 쓸 수 있습니다. 이 플레이그라운드에서는 함수를 정의하지 않습니다.",
                "return, yield and await only work inside functions, which this playground does not define.");

        // ---- valid Python the playground does not run ----
        String ko = "실제 파이썬에서는 되는 코드지만 이 플레이그라운드는 지원하지 않습니다. ";
        String en = "This is valid Python, but the playground does not run it. ";
        r.add("lang.unsupported.def", ko + "함수 대신 코드를 순서대로 적어 보세요.",
                en + "Write the steps one after another instead of defining a function.");
        r.add("lang.unsupported.class", ko + "Keras의 Sequential 모델과 레이어를 그대로 사용하세요.",
                en + "Use Keras' Sequential model and layers as they are.");
        r.add("lang.unsupported.while", ko + "반복 횟수가 정해진 for 문(for i in range(n):)을 사용하세요.",
                en + "Use a for loop with a known number of rounds: for i in range(n):");
        r.add("lang.unsupported.with", ko, en);
        r.add("lang.unsupported.try", ko + "오류가 나면 메시지와 힌트를 보고 코드를 고쳐 보세요.",
                en + "When an error happens, read its message and hint and fix the code.");
        r.add("lang.unsupported.async", ko, en);
        r.add("lang.unsupported.match", ko + "if / elif / else 를 사용하세요.", en + "Use if / elif / else.");
        r.add("lang.unsupported.lambda", ko + "lambda 대신 값을 직접 계산해 변수에 담아 보세요.",
                en + "Compute the value directly and store it in a variable instead of a lambda.");
        r.add("lang.unsupported.decorator", ko, en);
        r.add("lang.unsupported.global", ko + "이 플레이그라운드의 변수는 모두 전역 변수입니다.",
                en + "All variables in the playground are global already.");
        r.add("lang.unsupported.raise", ko, en);
        r.add("lang.unsupported.walrus", ko + "값을 먼저 변수에 대입한 뒤 사용하세요.",
                en + "Assign the value to a variable first, then use it.");
        r.add("lang.unsupported.relative_import", ko + "from tensorflow.keras import layers 처럼 전체 이름으로 import하세요.",
                en + "Import by full name, e.g. from tensorflow.keras import layers.");
        r.add("lang.unsupported.named_escape", ko + "문자를 직접 입력하거나 '\\u2022'처럼 코드 번호로 적으세요.",
                en + "Type the character itself, or write its code, e.g. '\\u2022'.");
        r.add("lang.unsupported.bytes", ko + "일반 문자열('...')을 사용하세요.", en + "Use a normal string ('...').");
        r.add("lang.complex", ko + "복소수는 쓸 수 없습니다. 음수의 분수 거듭제곱을 계산하지 않았는지 확인하세요.",
                en + "Complex numbers are not available; check for a fractional power of a negative number.");
        r.add("lang.input", "input()으로 입력을 받을 수 없습니다. 값을 코드에 직접 적어 주세요(예: n = 5).",
                "input() cannot read from the keyboard here. Write the value into the code (e.g. n = 5).");
        r.add("lang.open", "파일을 열 수 없습니다. 내장 데이터셋이나 코드 안의 리스트를 사용하세요.",
                "Files cannot be opened here. Use a built-in dataset or a list written in the code.");

        // ---- names and attributes ----
        r.add("lang.name_undefined",
                "'{0}'라는 이름이 아직 없습니다. 철자(대소문자 포함)를 확인하고, 이 줄보다 위에서 값을 대입하거나 import했는지 "
                        + "확인하세요. 셀을 나눠 실행했다면 앞 단계를 먼저 실행해야 합니다.",
                "There is no name '{0}' yet. Check its spelling (case matters) and that an earlier line assigns "
                        + "or imports it; if you run step by step, run the earlier steps first.");
        r.add("lang.name_module",
                "'{0}'는 보통 import로 만드는 이름입니다. 코드 맨 위에 `{1}` 줄이 있는지 확인하세요.",
                "'{0}' usually comes from an import. Check that `{1}` is at the top of your code.");
        r.add("lang.name_unsupported_builtin",
                "'{0}'는 파이썬에 있지만 이 플레이그라운드에서는 쓸 수 없는 기능입니다.",
                "'{0}' exists in Python but is not available in the playground.");
        r.add("lang.attribute",
                "이 객체에는 '{0}'라는 속성이나 메서드가 없습니다. 철자(대소문자 포함)를 확인하고, 오류 메시지의 "
                        + "'Did you mean'을 참고하세요.",
                "This object has no attribute or method '{0}'. Check the spelling (case matters) and see the "
                        + "'Did you mean' in the message.");
        r.add("lang.module_missing",
                "'{0}' 모듈을 찾을 수 없습니다. 철자를 확인하세요. 이 플레이그라운드에서는 tensorflow/keras, numpy, pandas, "
                        + "sklearn, matplotlib, math를 쓸 수 있습니다.",
                "There is no module '{0}'. Check the spelling; the playground offers tensorflow/keras, numpy, "
                        + "pandas, sklearn, matplotlib and math.");
        r.add("lang.module_stdlib",
                "'{0}'은(는) 파이썬 표준 라이브러리 모듈이지만 이 플레이그라운드에는 들어 있지 않습니다. tensorflow/keras, "
                        + "numpy, pandas, sklearn, matplotlib, math를 쓸 수 있고, 난수가 필요하면 np.random을 쓰세요.",
                "'{0}' is part of Python's standard library, but the playground does not include it. It offers "
                        + "tensorflow/keras, numpy, pandas, sklearn, matplotlib and math; for random numbers use "
                        + "np.random.");
        r.add("lang.attribute_not_in_subset",
                "'{0}'은(는) 실제 라이브러리에는 있지만 이 플레이그라운드가 제공하는 부분에는 들어 있지 않습니다(오타가 아닙니다). "
                        + "수업에 필요한 기능만 들어 있으니, 이 줄은 Colab에서 실행하거나 제공되는 다른 방법으로 바꿔 보세요.",
                "'{0}' exists in the real library, but it is not part of what the playground offers (it is not a "
                        + "typo). The playground carries what the lessons need: run this line in Colab, or do it "
                        + "another way here.");
        r.add("lang.module_not_in_subset",
                "'{0}'은(는) 실제로 있는 패키지이지만 이 플레이그라운드에는 들어 있지 않습니다. 여기서는 tensorflow/keras, "
                        + "numpy, pandas, sklearn(datasets, model_selection, preprocessing, metrics), matplotlib, "
                        + "math를 쓸 수 있습니다.",
                "'{0}' is a real package, but the playground does not include it. It offers tensorflow/keras, numpy, "
                        + "pandas, sklearn (datasets, model_selection, preprocessing, metrics), matplotlib and math.");
        r.add("lang.module_colab",
                "google.colab은 Colab 안에서만 있는 모듈입니다. 여기서는 '데이터셋' 버튼으로 CSV 파일을 올리고 "
                        + "pd.read_csv('파일이름.csv')로 읽으세요. 이 줄은 지워도 됩니다.",
                "google.colab exists only inside Colab. Here, upload a CSV with the Datasets button and read it with "
                        + "pd.read_csv('name.csv'); this line can go.");
        r.add("lang.import_name",
                "'{1}' 모듈에는 '{0}'가 없습니다. 철자와 대소문자, 그리고 어느 모듈에서 가져오는지 확인하세요.",
                "Module '{1}' has no '{0}'. Check the spelling and case, and which module it comes from.");

        // ---- types and values ----
        r.add("lang.type.concat_str",
                "문자열과 숫자는 +로 이을 수 없습니다. str(값)으로 바꾸거나 f-문자열을 쓰세요. 예: f\"loss: {loss}\"",
                "A string and a number cannot be joined with +. Convert with str(value) or use an f-string, "
                        + "e.g. f\"loss: {loss}\".");
        r.add("lang.type.operand",
                "이 두 값의 종류로는 이 연산을 할 수 없습니다. 메시지에 나온 두 타입을 확인하세요(예: 숫자와 None).",
                "This operation does not work on these two kinds of values; check the two types in the message "
                        + "(e.g. a number and None).");
        r.add("lang.type.not_callable",
                "함수가 아닌 값 뒤에 괄호 ( )를 붙였습니다. 변수 이름이 함수 이름을 덮어쓰지 않았는지, 쉼표가 빠지지 않았는지 "
                        + "확인하세요.",
                "Parentheses ( ) follow a value that is not a function. Check that a variable did not replace "
                        + "a function's name, and that no comma is missing.");
        r.add("lang.type.not_subscriptable",
                "이 값에는 [ ]로 꺼낼 원소가 없습니다. 리스트나 딕셔너리가 들어 있어야 할 변수에 다른 값이 들어 있지 않은지 "
                        + "확인하세요.",
                "This value has no items to take with [ ]. Check that the variable holds the list or dict you "
                        + "expect.");
        r.add("lang.type.not_iterable",
                "for 문이나 풀어 쓰기(a, b = ...)에는 리스트처럼 여러 값이 든 것이 필요합니다. 숫자를 반복하려면 "
                        + "range(n)을 쓰세요.",
                "A for loop or an unpacking (a, b = ...) needs something holding several values, like a list. "
                        + "To repeat n times, use range(n).");
        r.add("lang.arguments",
                "함수에 넘긴 인자를 확인하세요: 개수, 순서, 그리고 이름 붙은 인자의 철자(예: epochs, batch_size).",
                "Check the arguments passed: their number, order, and the spelling of named ones (e.g. epochs, "
                        + "batch_size).");
        r.add("lang.changed_during_iteration",
                "for 문으로 딕셔너리나 집합을 도는 동안에는 항목을 더하거나 지울 수 없습니다. list(d)처럼 복사본을 돌면서 "
                        + "원본을 바꾸세요.",
                "A dict or set cannot gain or lose items while a for loop goes over it. Loop over a copy, "
                        + "e.g. for k in list(d):, and change the original.");
        r.add("lang.index",
                "없는 위치를 꺼내려 했습니다. 인덱스는 0부터 len(리스트)-1까지입니다.",
                "That position does not exist: indexes go from 0 to len(list) - 1.");
        r.add("lang.index_type",
                "리스트의 인덱스는 정수여야 합니다. 문자열 키는 딕셔너리에 씁니다.",
                "List indexes must be integers; string keys are for dicts.");
        r.add("lang.key",
                "딕셔너리에 그 키가 없습니다. 키의 철자를 확인하거나 d.get(키)를 쓰세요. 예: history.history['loss']",
                "The dict has no such key. Check the key's spelling or use d.get(key), e.g. "
                        + "history.history['loss'].");
        r.add("lang.zero_division",
                "0으로 나눌 수 없습니다. 나누는 값(분모)이 0이 되는 경우가 없는지 확인하세요.",
                "Division by zero. Check whether the divisor can be 0.");
        r.add("lang.unpack",
                "= 왼쪽의 변수 개수와 오른쪽 값의 개수가 같아야 합니다.",
                "The number of names left of = must match the number of values on the right.");
        r.add("lang.value.convert",
                "이 문자열은 숫자로 바꿀 수 없습니다. 숫자만 들어 있는지 확인하세요(예: '12', '0.5').",
                "This string cannot be converted to a number; check that it only holds a number (e.g. '12', "
                        + "'0.5').");
        r.add("lang.assert", "assert 조건이 거짓이었습니다.", "The assert condition was false.");
        r.add("lang.memory",
                "값이 너무 큽니다(메모리 부족). 리스트 크기나 거듭제곱 지수가 의도보다 크지 않은지 확인하세요.",
                "The value is too big for memory. Check list sizes and exponents.");
        r.add("lang.overflow",
                "숫자가 표현할 수 있는 범위를 넘었습니다.",
                "The number is out of the representable range.");
        r.add("lang.recursion",
                "구조가 너무 깊게 중첩되어 있습니다.",
                "The structure is nested too deeply.");

        // ---- running ----
        r.add("lang.keyboard_interrupt",
                "실행을 멈췄습니다. 멈추기 전까지 학습된 가중치는 모델에 그대로 남아 있습니다.",
                "The run was stopped. Weights trained until then stay in the model.");
        r.add("lang.internal",
                "플레이그라운드 내부 오류입니다. 코드 문제가 아닐 수 있습니다. 코드와 함께 알려 주세요.",
                "This is an internal error of the playground, possibly not your code's fault. Please report it "
                        + "with your code.");
    }
}
