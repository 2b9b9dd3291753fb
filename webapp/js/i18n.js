/* UI strings, one table per language, and the language choice.
 * Korean comes first for Korean browser locales; otherwise English. Learner-facing Keras/Python text
 * (summary, epoch lines, error messages) is never translated: it must read exactly as in Colab. */
var SP = window.SP || (window.SP = {});

SP.i18n = (function () {
  var STRINGS = {
    ko: {
      skip: '코드로 건너뛰기', toolbar: '도구 모음', mode: '보기 방식', modeCode: '코드', modeSteps: '7단계',
      examples: '예제', examplePick: '고르기…', exRegression: '회귀', exBinary: '이진 분류', exMulticlass: '다중 분류',
      datasets: '데이터셋', runAll: '모두 실행', runStep: '다음 단계', stop: '중지', language: '언어',
      runAllKey: '모두 실행 (Ctrl/⌘+Enter)', runStepKey: '다음 단계 실행 (Shift+Enter)',
      codeRegion: '코드 편집기', charts: '차트', console: '출력', clear: '지우기', close: '닫기',
      tabHistory: '학습 곡선', tabFit: '데이터·예측', tabBoundary: '결정 경계', tabConfusion: '혼동 행렬',
      tabNetwork: '신경망', showTable: '표로 보기', showText: '텍스트로 보기',
      networkHelp: '선: 파랑 = 양수, 주황 = 음수, 굵기 = 크기. 층을 누르면 그 코드 줄로 갑니다.',
      insertLoader: '코드에 넣기', editorLabel: '파이썬 코드 편집기', cellLabel: '{step} 코드',
      engineLoading: '엔진 준비 중…', engineReady: '엔진: {engine}', engineFailed: '엔진을 시작하지 못했습니다',
      running: '실행 중…', stopped: '중지했습니다.', doneOk: '완료', runStepCell: '이 단계 실행',
      emptyStep: '이 단계의 코드가 없습니다.', stepDone: '완료', stepError: '오류', stepRunning: '실행 중',
      hint: '도움말', line: '{line}번째 줄', warning: '경고', error: '오류',
      noHistory: '학습을 실행하면 손실 곡선이 여기에 그려집니다.',
      noFit: '회귀 모델을 학습하면 데이터와 예측이 여기에 그려집니다.',
      noBoundary: '특성이 2개인 분류 모델을 학습하면 결정 경계가 여기에 그려집니다.',
      noConfusion: '분류 모델로 predict 또는 evaluate 를 실행하면 혼동 행렬이 여기에 나옵니다.',
      noNetwork: '모델을 만들면 신경망 그림이 여기에 나옵니다.',
      lossChart: '손실 (loss) 곡선', metricChart: '{metric} 곡선', epoch: '에포크', train: '훈련', val: '검증',
      predicted: '예측', actual: '실제', feature: '특성', target: '정답',
      r2: 'R² = {r2}', equation: '학습된 식: {eq}', layer: '층', units: '유닛', weight: '가중치', bias: '편향',
      from: '입력', to: '출력', input: '입력', count: '개수', moreUnits: '+{n}개 더',
      boundaryCaption: '배경색 = 모델이 예측한 클래스, 점 = 데이터 (모양 = 정답 클래스). 학습 중에 바뀝니다.',
      confusionCaption: '행 = 정답, 열 = 예측',
      datasetRows: '{rows}행 × {cols}열, 앞의 {shown}행', datasetTask: '문제: {task}',
      taskRegression: '회귀', taskBinary: '이진 분류', taskMulticlass: '다중 분류',
      inserted: '데이터 불러오는 줄을 코드에 넣었습니다.', noCode: '실행할 코드가 없습니다.',
      step0: '데이터', step1: '1 세션 초기화', step2: '2 모델 만들기', step3: '3 층 쌓기', step4: '4 컴파일',
      step5: '5 요약', step6: '6 학습', step7: '7 예측',
      step0Why: '입력 x 와 정답 y 를 준비합니다. 모델은 이 숫자들에서 규칙을 배웁니다.',
      step1Why: '이전에 만든 모델과 층 이름(dense, dense_1 …)을 지워서 매번 같은 상태에서 시작합니다.',
      step2Why: '층을 차례로 쌓을 빈 Sequential 모델을 만듭니다.',
      step3Why: 'Input 으로 특성 수를 알리고, Dense 층의 유닛 수와 활성화 함수를 정합니다. 마지막 층이 문제 종류를 정합니다.',
      step4Why: '손실 함수(무엇을 줄일지), 옵티마이저(어떻게 줄일지), 지표(무엇을 볼지)를 정합니다.',
      step5Why: '층마다 출력 모양과 파라미터 수를 표로 봅니다. (입력 수 + 1) × 유닛 수를 직접 확인해 보세요.',
      step6Why: '데이터를 여러 번(에포크) 보면서 가중치를 고칩니다. 손실이 줄어드는지 지켜보세요.',
      step7Why: '학습된 모델로 새 입력의 답을 계산합니다.',
      tableOf: '{name} 표'
    },
    en: {
      skip: 'Skip to the code', toolbar: 'Toolbar', mode: 'View', modeCode: 'Code', modeSteps: '7 steps',
      examples: 'Examples', examplePick: 'Choose…', exRegression: 'Regression', exBinary: 'Binary classification',
      exMulticlass: 'Multi-class classification',
      datasets: 'Datasets', runAll: 'Run all', runStep: 'Next step', stop: 'Stop', language: 'Language',
      runAllKey: 'Run all (Ctrl/⌘+Enter)', runStepKey: 'Run the next step (Shift+Enter)',
      codeRegion: 'Code editor', charts: 'Charts', console: 'Output', clear: 'Clear', close: 'Close',
      tabHistory: 'Training', tabFit: 'Data & fit', tabBoundary: 'Boundary', tabConfusion: 'Confusion',
      tabNetwork: 'Network', showTable: 'Show as a table', showText: 'Show as text',
      networkHelp: 'Lines: blue = positive, orange = negative, width = size. Click a layer to go to its code line.',
      insertLoader: 'Insert into the code', editorLabel: 'Python code editor', cellLabel: '{step} code',
      engineLoading: 'Starting the engine…', engineReady: 'Engine: {engine}', engineFailed: 'The engine did not start',
      running: 'Running…', stopped: 'Stopped.', doneOk: 'Done', runStepCell: 'Run this step',
      emptyStep: 'There is no code for this step.', stepDone: 'done', stepError: 'error', stepRunning: 'running',
      hint: 'Hint', line: 'line {line}', warning: 'Warning', error: 'Error',
      noHistory: 'Train a model and its loss curve is drawn here.',
      noFit: 'Train a regression model and its data and predictions are drawn here.',
      noBoundary: 'Train a classifier on two features and its decision boundary is drawn here.',
      noConfusion: 'Run predict or evaluate with a classifier and its confusion matrix appears here.',
      noNetwork: 'Build a model and its network diagram appears here.',
      lossChart: 'Loss curve', metricChart: '{metric} curve', epoch: 'Epoch', train: 'training', val: 'validation',
      predicted: 'Predicted', actual: 'Actual', feature: 'Feature', target: 'Target',
      r2: 'R² = {r2}', equation: 'Fitted equation: {eq}', layer: 'Layer', units: 'units', weight: 'weight',
      bias: 'bias', from: 'from', to: 'to', input: 'Input', count: 'Count', moreUnits: '+{n} more',
      boundaryCaption: 'Background = the class the model predicts, points = the data (shape = true class). Updates while training.',
      confusionCaption: 'Rows = true class, columns = predicted class',
      datasetRows: '{rows} rows × {cols} columns, first {shown} shown', datasetTask: 'Task: {task}',
      taskRegression: 'regression', taskBinary: 'binary classification', taskMulticlass: 'multi-class classification',
      inserted: 'The loader line was inserted into the code.', noCode: 'There is no code to run.',
      step0: 'Data', step1: '1 Clear the session', step2: '2 Create the model', step3: '3 Add layers',
      step4: '4 Compile', step5: '5 Summary', step6: '6 Fit', step7: '7 Predict',
      step0Why: 'Prepare the inputs x and the answers y: the model learns its rule from these numbers.',
      step1Why: 'Forget earlier models and layer names (dense, dense_1 …) so that every run starts the same way.',
      step2Why: 'Create an empty Sequential model to stack layers on, one after another.',
      step3Why: 'Input tells the model how many features there are; each Dense layer sets its units and activation. The last layer decides the kind of problem.',
      step4Why: 'Choose the loss (what to reduce), the optimizer (how to reduce it) and the metrics (what to watch).',
      step5Why: 'See each layer\'s output shape and parameter count. Check (inputs + 1) × units by hand.',
      step6Why: 'Go over the data several times (epochs), adjusting the weights. Watch the loss go down.',
      step7Why: 'Use the trained model to compute answers for inputs.',
      tableOf: 'Table: {name}'
    }
  };

  var lang = 'en';

  function detect(stored) {
    var param = new URLSearchParams(location.search).get('lang');
    if (param === 'ko' || param === 'en') return param;
    if (stored === 'ko' || stored === 'en') return stored;
    var langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
    return String(langs[0]).toLowerCase().indexOf('ko') === 0 ? 'ko' : 'en';
  }

  function t(key, args) {
    var s = STRINGS[lang][key];
    if (s === undefined) s = STRINGS.en[key];
    if (s === undefined) return key;
    if (args) s = s.replace(/\{(\w+)\}/g, function (m, k) { return args[k] !== undefined ? args[k] : m; });
    return s;
  }

  /** Fills every data-i18n (text), data-i18n-aria (aria-label) and data-i18n-title element under root. */
  function apply(root) {
    root = root || document;
    if (root === document) document.documentElement.lang = lang;
    root.querySelectorAll('[data-i18n]').forEach(function (el) { el.textContent = t(el.getAttribute('data-i18n')); });
    root.querySelectorAll('[data-i18n-aria]').forEach(function (el) {
      el.setAttribute('aria-label', t(el.getAttribute('data-i18n-aria')));
    });
    root.querySelectorAll('[data-i18n-title]').forEach(function (el) {
      el.title = t(el.getAttribute('data-i18n-title'));
    });
  }

  return {
    detect: detect,
    t: t,
    apply: apply,
    /** Picks ko or en from a {ko, en} pair, falling back to the other language. */
    pick: function (pair) { return pair ? (pair[lang] || pair.en || pair.ko || '') : ''; },
    setLang: function (l) { lang = l === 'ko' ? 'ko' : 'en'; },
    /** Adds a later script's own strings: {ko: {key: text}, en: {key: text}}. */
    extend: function (tables) {
      Object.keys(tables).forEach(function (l) { if (STRINGS[l]) Object.assign(STRINGS[l], tables[l]); });
    },
    lang: function () { return lang; },
    languages: Object.keys(STRINGS)
  };
})();
