/* Lessons in the page (docs/lessons.md): the lesson list, the open lesson's text beside the editor, its goals
 * with their live status, the controls it hides, the draw-digit pad, and progress kept in localStorage.
 *
 * The lessons come from lessons/lessons.js (self.SEQPLAY_LESSONS), generated at build time. Their HTML was
 * rendered by seqplay.lessons.Markdown and is the only markup inserted as HTML; every other text (titles,
 * summaries, goals, grade messages) is set with textContent.
 *
 * Each lesson keeps the learner's own code under localStorage 'seqplay.lesson.<id>.code' (free play keeps
 * 'seqplay.code', a shared link 'seqplay.shared.code'), so switching lessons never loses code. With a lesson
 * open, every run carries the lesson's rubric and seed ({lesson: {id, goals, checks}, seed, inject: {drawn}}),
 * the engine grades the run and answers 'lesson-result {lesson, grade}'; a passed grade marks the lesson done
 * ('seqplay.progress') and is announced on SP.bus as 'lesson-passed {lesson}'. */
var SP = window.SP || (window.SP = {});

SP.i18n.extend({
  ko: {
    lessons: '수업', lessonsCount: '수업 {done}/{total}', lessonList: '수업 목록', freePlay: '자유 실습 (수업 없이)',
    lessonDone: '완료', lessonNotDone: '아직', lessonOpen: '열려 있음', lessonNumber: '{n}강',
    lessonPrev: '이전 수업', lessonNext: '다음 수업', lessonHideText: '설명 접기', lessonShowText: '설명 펼치기',
    lessonClose: '수업 닫기', goals: '목표', goalPending: '아직 실행하지 않음', goalRunning: '실행 중',
    goalPassed: '통과', goalFailed: '아직 아님', goalUngraded: '채점하지 못함', goalNow: '지금: {value}',
    lessonComplete: '수업 완료! 목표를 모두 이루었습니다.', lessonCompleteNext: '다음 수업으로',
    lessonNotGraded: '이번 실행은 채점되지 않았습니다 (오류로 멈췄거나 엔진이 채점을 지원하지 않습니다).',
    showSolution: '정답 코드 보기', hideSolution: '정답 코드 숨기기', resetStarter: '처음 코드로 되돌리기',
    resetConfirm: '이 수업의 코드를 처음 코드로 되돌릴까요? 지금 코드는 사라집니다.',
    solutionLabel: '정답 코드 (읽기 전용)', sharedBanner: '공유된 코드를 보고 있습니다.',
    checkOutputActivation: '출력층 활성화 함수', checkOutputUnits: '출력층 뉴런 수', checkInputFeatures: '입력 특성 수',
    checkLoss: '손실 함수', checkOptimizer: '옵티마이저', checkMetric: '평가 지표', checkHasLayer: '사용할 층',
    checkMinHiddenLayers: '은닉층 수(최소)', checkHiddenActivation: '은닉층 활성화 함수', checkCallback: 'fit 콜백',
    checkValidation: '검증 데이터'
  },
  en: {
    lessons: 'Lessons', lessonsCount: 'Lessons {done}/{total}', lessonList: 'Lessons', freePlay: 'Free play (no lesson)',
    lessonDone: 'done', lessonNotDone: 'not yet', lessonOpen: 'open', lessonNumber: 'Lesson {n}',
    lessonPrev: 'Previous lesson', lessonNext: 'Next lesson', lessonHideText: 'Hide the text', lessonShowText: 'Show the text',
    lessonClose: 'Close the lesson', goals: 'Goals', goalPending: 'not run yet', goalRunning: 'running',
    goalPassed: 'passed', goalFailed: 'not yet', goalUngraded: 'not graded', goalNow: 'now: {value}',
    lessonComplete: 'Lesson complete! Every goal is met.', lessonCompleteNext: 'Next lesson',
    lessonNotGraded: 'This run was not graded (it stopped with an error, or the engine does not grade runs).',
    showSolution: 'Show the solution', hideSolution: 'Hide the solution', resetStarter: 'Back to the starter code',
    resetConfirm: 'Replace this lesson\'s code with the starter code? Your current code will be lost.',
    solutionLabel: 'Solution (read only)', sharedBanner: 'You are looking at shared code.',
    checkOutputActivation: 'output activation', checkOutputUnits: 'output units', checkInputFeatures: 'input features',
    checkLoss: 'loss', checkOptimizer: 'optimizer', checkMetric: 'metric', checkHasLayer: 'layer used',
    checkMinHiddenLayers: 'hidden layers (at least)', checkHiddenActivation: 'hidden activation',
    checkCallback: 'fit callback', checkValidation: 'validation data'
  }
});

SP.lessons = (function () {
  var t = SP.i18n.t;
  var $ = function (id) { return document.getElementById(id); };
  var LESSONS = Array.isArray(self.SEQPLAY_LESSONS) ? self.SEQPLAY_LESSONS : [];
  var ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
  /** Controls a lesson (lesson.json "hide") or an embedding page (?hide=) may hide, by their ui-<name> class. */
  var HIDEABLE = ['mode', 'examples', 'dataset', 'run-all', 'run-step', 'stop', 'lang', 'engine', 'editor', 'steps',
    'charts', 'console', 'chart-history', 'chart-fit', 'chart-boundary', 'chart-confusion', 'chart-network',
    'solution', 'lessons', 'share', 'export', 'clear-data', 'lesson-text'];

  var current = null;      // the open lesson, or null in free play
  var shared = null;       // {seed} while showing code opened from a shared link
  var pageHidden = [];     // ?hide= of the page URL
  var grade = null;        // the open lesson's last grade
  var runState = 'idle';   // 'idle' | 'running' | 'graded' | 'ungraded'
  var live = {};           // the running fit's latest logs
  var gradedRun = false;
  var ephemeral = false;   // an embedding page set the code (?code=): nothing is saved
  var pad = null;          // the draw-digit widget of the open lesson
  var solutionShown = false;
  var renderQueued = false;

  function byId(id) {
    for (var i = 0; i < LESSONS.length; i++) if (LESSONS[i].id === id) return LESSONS[i];
    return null;
  }

  // ------------------------------------------------------------------ progress (localStorage)
  function progress() {
    try {
      var p = JSON.parse(SP.storage.get('progress') || '{}');
      return p && typeof p === 'object' && !Array.isArray(p) ? p : {};
    } catch (e) { return {}; }
  }

  function isDone(id) { var p = progress()[id]; return !!(p && p.done); }

  function markDone(id) {
    var p = progress();
    if (p[id] && p[id].done) return;
    p[id] = {done: true, at: new Date().toISOString()};
    SP.storage.put('progress', JSON.stringify(p));
  }

  function doneCount() { return LESSONS.filter(function (l) { return isDone(l.id); }).length; }

  // ------------------------------------------------------------------ hidden controls
  function hiddenNames() {
    var names = pageHidden.concat(current && Array.isArray(current.hide) ? current.hide : []);
    return names.filter(function (n, i) { return HIDEABLE.indexOf(n) >= 0 && names.indexOf(n) === i; });
  }

  /** One style rule hides every ui-<name> control; the names come from a fixed list, never from raw input. */
  function applyHidden() {
    var names = hiddenNames();
    var style = $('sp-hidden-style');
    if (!style) {
      style = document.createElement('style');
      style.id = 'sp-hidden-style';
      document.head.appendChild(style);
    }
    style.textContent = names.length ? names.map(function (n) { return '.ui-' + n; }).join(', ') +
        ' { display: none !important; }' : '';
    document.documentElement.setAttribute('data-hidden', names.join(' '));
    // a hidden chart tab must not stay selected
    var sel = document.querySelector('.sp-tabs [role=tab][aria-selected="true"]');
    if (sel && sel.offsetParent === null && SP.ui) {
      var first = Array.prototype.filter.call(document.querySelectorAll('.sp-tabs [role=tab]'),
          function (tab) { return tab.offsetParent !== null; })[0];
      if (first) SP.ui.selectTab(first.id.replace(/^tab-/, ''));
    }
  }

  // ------------------------------------------------------------------ contexts: free play, a lesson, shared code
  function codeKey() {
    if (ephemeral) return null;
    if (shared) return 'shared.code';
    return current ? 'lesson.' + current.id + '.code' : 'code';
  }

  function saveContext() {
    if (ephemeral) return;
    SP.storage.put('context', JSON.stringify({lesson: current ? current.id : null, shared: !!shared,
      seed: shared ? shared.seed : null}));
  }

  function restoredContext() {
    try {
      var c = JSON.parse(SP.storage.get('context') || 'null');
      return c && typeof c === 'object' ? c : null;
    } catch (e) { return null; }
  }

  /** Switches the code slot and loads the slot's code (or the given code, or the lesson's starter). */
  function enter(code) {
    SP.store.persistAs('code', codeKey());
    var key = codeKey();
    var saved = key ? SP.storage.get(key) : null;
    var text = typeof code === 'string' ? code : saved !== null ? saved : current ? current.starter :
        SP.seeds.multiclass;
    grade = null;
    runState = 'idle';
    solutionShown = false;
    saveContext();
    if (SP.ui) SP.ui.setCode(text);
    if (typeof code === 'string' && key) SP.storage.put(key, code);
    render();
    applyHidden();
  }

  /** Opens a lesson by id; false when there is no such lesson. */
  function open(id) {
    var lesson = byId(id);
    if (!lesson) return false;
    if (current === lesson && !shared) return true;
    current = lesson;
    shared = null;
    enter();
    SP.bus.emit('lesson-opened', {lesson: lesson.id});
    return true;
  }

  function close() {
    current = null;
    shared = null;
    enter();
    SP.bus.emit('lesson-opened', {lesson: null});
  }

  /** Shows code from a shared link in its own slot: the learner's saved code is left alone. */
  function openShared(payload) {
    current = payload.lesson ? byId(payload.lesson) : null;
    shared = {seed: typeof payload.seed === 'number' ? payload.seed : null};
    enter(payload.code);
    SP.bus.emit('lesson-opened', {lesson: current ? current.id : null});
  }

  /** Shows code an embedding page passed (?code=), saving nothing. */
  function openEphemeral(code, lessonId) {
    ephemeral = true;
    current = lessonId ? byId(lessonId) : null;
    shared = null;
    enter(code);
  }

  function resetToStarter() {
    if (!current || !window.confirm(t('resetConfirm'))) return;
    SP.ui.setCode(current.starter);
  }

  /** The seed the next run uses: the lesson's, or the shared link's, else the engine's default (null). */
  function seed() {
    if (shared && shared.seed !== null) return shared.seed;
    return current ? current.seed : null;
  }

  function hasPad() { return !!(current && Array.isArray(current.widgets) && current.widgets.indexOf('draw-digit') >= 0); }

  // ------------------------------------------------------------------ rendering
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function button(id, key, onClick, cls) {
    var b = el('button', cls);
    b.type = 'button';
    if (id) b.id = id;
    b.textContent = t(key);
    b.addEventListener('click', onClick);
    return b;
  }

  function checkText(check) {
    var kind = Object.keys(check)[0];
    var label = t('check' + kind.charAt(0).toUpperCase() + kind.slice(1));
    var value = check[kind];
    return value === true ? label : label + ': ' + String(value);
  }

  /** The left operand of a goal when it is a plain log key (loss, val_accuracy…): shown live during a fit. */
  function liveKey(goal) {
    var m = /^\s*([a-z_][a-z0-9_]*)\s*(<=|>=|==|!=|<|>)/.exec(goal);
    return m && m[1] !== 'epochs_run' && m[1] !== 'fits' ? m[1] : null;
  }

  function fmt(v) {
    if (typeof v !== 'number') return '';
    return SP.nonFinite(v) || (Math.abs(v) >= 1e-3 || v === 0 ? v.toFixed(4) : v.toExponential(3));
  }

  function statusOf(passed) {
    if (runState === 'running') return 'running';
    if (runState === 'ungraded') return 'ungraded';
    if (passed === undefined) return 'pending';
    return passed ? 'passed' : 'failed';
  }

  var STATUS_KEY = {pending: 'goalPending', running: 'goalRunning', passed: 'goalPassed', failed: 'goalFailed',
    ungraded: 'goalUngraded'};
  var STATUS_ICON = {pending: '○', running: '…', passed: '✓', failed: '✗', ungraded: '–'};

  function goalItem(text, status, detail, code) {
    var li = el('li', 'sp-goal');
    li.setAttribute('data-status', status);
    var icon = el('span', 'sp-goal-icon', STATUS_ICON[status]);
    icon.setAttribute('aria-hidden', 'true');
    li.appendChild(icon);
    li.appendChild(el(code ? 'code' : 'span', 'sp-goal-text', text));
    li.appendChild(el('span', 'sp-goal-status', t(STATUS_KEY[status])));
    if (detail) li.appendChild(el('span', 'sp-goal-detail', detail));
    return li;
  }

  function renderGoals() {
    var list = $('lesson-goals');
    if (!list || !current) return;
    list.innerHTML = '';
    var gGoals = grade && Array.isArray(grade.goals) ? grade.goals : [];
    var gChecks = grade && Array.isArray(grade.checks) ? grade.checks : [];
    (current.goals || []).forEach(function (goal, i) {
      var r = gGoals[i] && gGoals[i].goal === goal ? gGoals[i] : null;
      var status = statusOf(r && runState === 'graded' ? !!r.passed : undefined);
      var detail = '';
      if (runState === 'running') {
        var k = liveKey(goal);
        if (k && live[k] !== undefined) detail = t('goalNow', {value: fmt(live[k])});
      } else if (r && runState === 'graded') {
        detail = r.problem ? SP.i18n.pick(r.problem) : r.actual ? String(r.actual) : '';
      }
      list.appendChild(goalItem(goal, status, detail, true));
    });
    (current.checks || []).forEach(function (check, i) {
      var r = gChecks[i] || null;
      var status = statusOf(r && runState === 'graded' ? !!r.passed : undefined);
      var text = r && runState === 'graded' && r.message ? SP.i18n.pick(r.message) : checkText(check);
      list.appendChild(goalItem(text, status, '', false));
    });
    var done = $('lesson-complete');
    var passed = runState === 'graded' && grade && grade.passed;
    done.hidden = !(passed || runState === 'ungraded');
    done.innerHTML = '';
    if (passed) {
      done.className = 'sp-lesson-complete';
      done.appendChild(el('strong', null, '✓ ' + t('lessonComplete')));
      var next = LESSONS[LESSONS.indexOf(current) + 1];
      if (next) {
        done.appendChild(document.createTextNode(' '));
        done.appendChild(button('lesson-complete-next', 'lessonCompleteNext', function () { open(next.id); }, 'sp-small'));
      }
    } else if (runState === 'ungraded') {
      done.className = 'sp-lesson-ungraded';
      done.appendChild(el('span', null, t('lessonNotGraded')));
    }
    var head = $('lesson-status');
    if (head) head.textContent = isDone(current.id) ? '✓ ' + t('lessonDone') : '';
  }

  function scheduleGoals() {
    if (renderQueued) return;
    renderQueued = true;
    requestAnimationFrame(function () { renderQueued = false; renderGoals(); });
  }

  function render() {
    var slot = $('lesson-panel');
    if (!slot) return;
    document.documentElement.classList.toggle('sp-has-lesson', !!current);
    updateListButton();
    slot.innerHTML = '';
    pad = null;
    slot.hidden = !current && !shared;
    if (shared) {
      var banner = el('p', 'sp-shared-banner', t('sharedBanner'));
      banner.id = 'shared-banner';
      slot.appendChild(banner);
    }
    if (!current) return;
    var lang = SP.i18n.lang();
    slot.setAttribute('lang', lang);
    slot.classList.toggle('sp-with-pad', hasPad());
    slot.setAttribute('data-lesson', current.id);

    var head = el('div', 'sp-lesson-head');
    var h = el('h2', 'sp-lesson-title');
    h.id = 'lesson-title';
    h.appendChild(el('span', 'sp-lesson-num', t('lessonNumber', {n: current.number})));
    h.appendChild(document.createTextNode(' '));
    h.appendChild(el('span', 'sp-lesson-name', SP.i18n.pick(current.title)));
    head.appendChild(h);
    var status = el('span', 'sp-lesson-status');
    status.id = 'lesson-status';
    head.appendChild(status);
    var nav = el('div', 'sp-lesson-nav');
    var i = LESSONS.indexOf(current);
    var prev = button('lesson-prev', 'lessonPrev', function () { open(LESSONS[i - 1].id); }, 'sp-small ui-lessons');
    prev.textContent = '‹';
    prev.setAttribute('aria-label', t('lessonPrev'));
    prev.disabled = i <= 0;
    var next = button('lesson-next', 'lessonNext', function () { open(LESSONS[i + 1].id); }, 'sp-small ui-lessons');
    next.textContent = '›';
    next.setAttribute('aria-label', t('lessonNext'));
    next.disabled = i >= LESSONS.length - 1;
    var fold = button('lesson-fold', slot.classList.contains('sp-folded') ? 'lessonShowText' : 'lessonHideText',
        function () {
          var folded = slot.classList.toggle('sp-folded');
          fold.textContent = t(folded ? 'lessonShowText' : 'lessonHideText');
          fold.setAttribute('aria-expanded', String(!folded));
          if (SP.ui && SP.ui.resize) SP.ui.resize();
        }, 'sp-small');
    fold.setAttribute('aria-expanded', String(!slot.classList.contains('sp-folded')));
    fold.setAttribute('aria-controls', 'lesson-body');
    nav.appendChild(prev);
    nav.appendChild(next);
    nav.appendChild(fold);
    head.appendChild(nav);
    slot.appendChild(head);

    var bodyRow = el('div', 'sp-lesson-row');
    var body = el('div', 'sp-lesson-body ui-lesson-text');
    body.id = 'lesson-body';
    body.tabIndex = 0;
    body.setAttribute('role', 'region');
    body.setAttribute('aria-labelledby', 'lesson-title');
    var text = el('div', 'sp-lesson-text');
    // the one place HTML goes in: seqplay.lessons.Markdown's output, escaped and allow-listed at build time
    text.innerHTML = current.html && typeof current.html[lang] === 'string' ? current.html[lang] : '';
    text.querySelectorAll('a[href]').forEach(function (a) {
      if (/^https?:/i.test(a.getAttribute('href'))) { a.target = '_blank'; a.rel = 'noopener noreferrer'; }
    });
    body.appendChild(text);

    var actions = el('div', 'sp-lesson-actions');
    actions.appendChild(button('lesson-reset', 'resetStarter', resetToStarter, 'sp-small'));
    var sol = button('lesson-solution', solutionShown ? 'hideSolution' : 'showSolution', function () {
      solutionShown = !solutionShown;
      render();
      if ($('lesson-solution')) $('lesson-solution').focus();
    }, 'sp-small ui-solution');
    sol.setAttribute('aria-expanded', String(solutionShown));
    actions.appendChild(sol);
    body.appendChild(actions);
    if (solutionShown && hiddenNames().indexOf('solution') < 0) {
      var pre = el('pre', 'sp-solution sp-out ui-solution', current.solution || '');
      pre.setAttribute('aria-label', t('solutionLabel'));
      pre.tabIndex = 0;
      body.appendChild(pre);
    }
    bodyRow.appendChild(body);
    if (hasPad()) {
      bodyRow.classList.add('sp-with-pad');
      var box = el('div', 'sp-lesson-pad');
      box.id = 'draw-digit';
      bodyRow.appendChild(box);
      pad = new SP.DrawDigit(box, {onPredict: function () { if (SP.ui) SP.ui.runAll(); }});
    }
    slot.appendChild(bodyRow);
    // the text scrolls, the pad never shrinks under the goals
    if (hasPad()) bodyRow.style.minHeight = $('draw-digit').offsetHeight + 'px';

    var goals = el('div', 'sp-goals');
    var gh = el('h3', null, t('goals'));
    gh.id = 'lesson-goals-title';
    goals.appendChild(gh);
    var ul = el('ul', 'sp-goal-list');
    ul.id = 'lesson-goals';
    ul.setAttribute('aria-labelledby', 'lesson-goals-title');
    goals.appendChild(ul);
    var complete = el('div');
    complete.id = 'lesson-complete';
    complete.setAttribute('role', 'status');
    complete.hidden = true;
    goals.appendChild(complete);
    slot.appendChild(goals);
    renderGoals();
    if (SP.ui && SP.ui.resize) SP.ui.resize();
  }

  // ------------------------------------------------------------------ the lesson list
  function updateListButton() {
    var b = $('lessons-open');
    if (b) b.textContent = t('lessonsCount', {done: doneCount(), total: LESSONS.length});
  }

  function renderList() {
    var ul = $('lesson-list');
    ul.innerHTML = '';
    var free = el('li');
    var fb = button(null, 'freePlay', function () { close(); closeList(); }, 'sp-lesson-item');
    fb.setAttribute('aria-current', String(!current && !shared));
    free.appendChild(fb);
    ul.appendChild(free);
    LESSONS.forEach(function (l) {
      var li = el('li');
      var b = el('button', 'sp-lesson-item');
      b.type = 'button';
      b.setAttribute('data-lesson', l.id);
      b.setAttribute('aria-current', String(current === l));
      var title = el('span', 'sp-lesson-item-title');
      title.appendChild(el('span', 'sp-lesson-num', String(l.number) + '.'));
      title.appendChild(document.createTextNode(' ' + SP.i18n.pick(l.title)));
      b.appendChild(title);
      var done = isDone(l.id);
      var state = el('span', 'sp-lesson-item-state' + (done ? ' sp-done' : ''),
          (done ? '✓ ' + t('lessonDone') : t('lessonNotDone')));
      b.appendChild(state);
      if (l.summary) b.appendChild(el('span', 'sp-lesson-item-summary', SP.i18n.pick(l.summary)));
      b.addEventListener('click', function () { open(l.id); closeList(); });
      li.appendChild(b);
      ul.appendChild(li);
    });
  }

  var opener = null;

  function openList() {
    opener = document.activeElement;
    renderList();
    var dlg = $('lesson-dialog');
    dlg.hidden = false;
    var first = dlg.querySelector('[aria-current="true"]') || dlg.querySelector('.sp-lesson-item');
    if (first) first.focus();
  }

  function closeList() {
    $('lesson-dialog').hidden = true;
    if (opener && opener.focus && document.body.contains(opener)) opener.focus();
  }

  function buildList() {
    var dlg = el('div', 'sp-dialog');
    dlg.id = 'lesson-dialog';
    dlg.setAttribute('role', 'dialog');
    dlg.setAttribute('aria-modal', 'true');
    dlg.setAttribute('aria-labelledby', 'lesson-dialog-title');
    dlg.hidden = true;
    var box = el('div', 'sp-dialog-box sp-lesson-dialog');
    var head = el('div', 'sp-dialog-head');
    var h = el('h2');
    h.id = 'lesson-dialog-title';
    h.setAttribute('data-i18n', 'lessonList');
    head.appendChild(h);
    var x = el('button', 'sp-small');
    x.type = 'button';
    x.id = 'lesson-dialog-close';
    x.setAttribute('data-i18n', 'close');
    x.addEventListener('click', closeList);
    head.appendChild(x);
    box.appendChild(head);
    var body = el('div', 'sp-dialog-body sp-lesson-list-body');
    var ul = el('ul', 'sp-lesson-list');
    ul.id = 'lesson-list';
    body.appendChild(ul);
    box.appendChild(body);
    dlg.appendChild(box);
    document.body.appendChild(dlg);
    SP.i18n.apply(dlg);
    dlg.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { closeList(); e.preventDefault(); }
      if (e.key === 'Tab') {
        var f = Array.prototype.filter.call(dlg.querySelectorAll('button'), function (b) { return b.offsetParent !== null; });
        if (!f.length) return;
        if (e.shiftKey && document.activeElement === f[0]) { f[f.length - 1].focus(); e.preventDefault(); }
        else if (!e.shiftKey && document.activeElement === f[f.length - 1]) { f[0].focus(); e.preventDefault(); }
      }
    });
    dlg.addEventListener('click', function (e) { if (e.target === dlg) closeList(); });
  }

  // ------------------------------------------------------------------ runs and grades
  function onRunStarted() {
    if (!current) return;
    runState = 'running';
    gradedRun = false;
    live = {};
    grade = null;
    renderGoals();
  }

  function onEpoch(e) {
    if (!current || runState !== 'running') return;
    Object.keys(e.logs || {}).forEach(function (k) { live[k] = e.logs[k]; });
    scheduleGoals();
  }

  function onRunFinished() {
    if (!current) return;
    // the grade is posted in the same batch as 'done'; wait a turn in case it comes after it
    setTimeout(function () {
      if (!gradedRun && runState === 'running') { runState = 'ungraded'; renderGoals(); }
    }, 0);
  }

  function onResult(msg) {
    if (!current || msg.lesson !== current.id || !msg.grade || typeof msg.grade !== 'object') return;
    grade = msg.grade;
    gradedRun = true;
    runState = 'graded';
    if (grade.passed === true) {
      markDone(current.id);
      updateListButton();
      SP.bus.emit('lesson-passed', {lesson: current.id});
    }
    renderGoals();
  }

  // ------------------------------------------------------------------ start
  function init() {
    var params = new URLSearchParams(location.search);
    pageHidden = (params.get('hide') || '').split(',').map(function (s) { return s.trim(); })
        .filter(function (s) { return HIDEABLE.indexOf(s) >= 0; });
    buildList();
    var tools = $('course-tools');
    if (tools) {
      var b = el('button', 'ui-lessons');
      b.type = 'button';
      b.id = 'lessons-open';
      b.setAttribute('aria-haspopup', 'dialog');
      b.addEventListener('click', openList);
      tools.appendChild(b);
    }
    SP.engine.setRunExtras(function () {
      var f = {};
      var s = seed();
      if (s !== null) f.seed = s;
      if (current) f.lesson = {id: current.id, goals: current.goals || [], checks: current.checks || []};
      if (current && hasPad()) f.inject = {drawn: pad ? pad.grid() : SP.DrawDigit.gridOf(new Uint8Array(1024))};
      return f;
    });
    SP.engine.onMessage(function (msg) { if (msg.type === 'lesson-result') onResult(msg); });
    SP.bus.on('run-started', onRunStarted);
    SP.bus.on('epoch', onEpoch);
    SP.bus.on('run-finished', onRunFinished);
    SP.bus.on('change', function (keys) {
      if (keys.indexOf('lang') >= 0) { render(); if (!$('lesson-dialog').hidden) renderList(); SP.i18n.apply($('lesson-dialog')); }
    });

    // which code to show: ?code= (embedding), else ?lesson=, else the remembered context (a shared link's
    // fragment is restored by share.js afterwards)
    var code = params.get('code');
    var lessonParam = params.get('lesson');
    if (lessonParam && !ID.test(lessonParam)) lessonParam = null;
    if (code !== null) {
      openEphemeral(code, lessonParam);
      return;
    }
    if (lessonParam && byId(lessonParam)) { current = byId(lessonParam); enter(); return; }
    var ctx = restoredContext();
    if (ctx && ctx.shared) {
      current = ctx.lesson ? byId(ctx.lesson) : null;
      shared = {seed: typeof ctx.seed === 'number' ? ctx.seed : null};
      enter();
      return;
    }
    if (ctx && ctx.lesson && byId(ctx.lesson)) { current = byId(ctx.lesson); enter(); return; }
    render();
    applyHidden();
  }

  return {
    list: LESSONS,
    byId: byId,
    init: init,
    open: open,
    close: close,
    openShared: openShared,
    openList: openList,
    current: function () { return current; },
    isShared: function () { return !!shared; },
    seed: seed,
    isDone: isDone,
    progress: progress,
    pad: function () { return pad; },
    hidden: hiddenNames,
    applyHidden: applyHidden
  };
})();

SP.lessons.init();
