/* TEST ONLY, never shipped: the scripted engine (scripted-worker.js) plus what a lesson run adds to the protocol,
 * for page tests that run before the real engine grades lessons.
 *
 * - every 'run' request is echoed to the page as {type: 'run-echo', request} (the test reads seed, lesson, inject);
 * - a run that carried a lesson gets a 'lesson-result {lesson, grade}' in the batch of its 'done': each goal of
 *   the form `key <op> number` is compared with the last value of the scripted history; other goals fail with a
 *   problem; checks pass, with a message that repeats the check (a lesson whose id contains "xss" gets check
 *   messages carrying markup, to prove the page escapes them);
 * - {type: 'weights-code', name} is answered with a fixed set_weights call.
 * The grading here is made up: it proves the page shows grades, not that runs are graded right. */
var currentLesson = null;

self.addEventListener('message', function (e) {
  var m = e.data;
  if (!m) return;
  if (m.type === 'run') {
    currentLesson = m.lesson || null;
    self.postMessage({type: 'run-echo', request: m});
  } else if (m.type === 'weights-code') {
    self.postMessage({type: 'weights-code', id: m.id,
      code: m.name + '.set_weights([\n    np.array([[0.5]]),\n    np.array([0.25]),\n])\n'});
  }
});

function gradeOf(lesson, history) {
  var goals = (lesson.goals || []).map(function (g) {
    var m = /^\s*([a-z_]+)\s*(<=|>=|<|>)\s*([-0-9.e]+)\s*$/.exec(g);
    var values = m && history ? history[m[1]] : null;
    if (!values || !values.length) {
      return {goal: g, passed: false, actual: g.split(/\s/)[0] + ' = ?',
        problem: {ko: '이 값이 없습니다', en: 'no such value in this run'}};
    }
    var v = values[values.length - 1], x = Number(m[3]);
    var ok = m[2] === '<=' ? v <= x : m[2] === '>=' ? v >= x : m[2] === '<' ? v < x : v > x;
    return {goal: g, passed: ok, actual: m[1] + ' = ' + v.toFixed(4)};
  });
  var xss = lesson.id.indexOf('xss') >= 0;
  var checks = (lesson.checks || []).map(function (c) {
    var text = JSON.stringify(c);
    return {check: c, passed: true, message: xss
      ? {ko: '<img src=x onerror="window.__xss=\'grade-ko\'">' + text, en: '<img src=x onerror="window.__xss=\'grade-en\'">' + text}
      : {ko: '검사 ' + text, en: 'check ' + text}};
  });
  var passed = goals.every(function (g) { return g.passed; }) && checks.every(function (c) { return c.passed; });
  return {passed: passed, goals: goals, checks: checks};
}

var realPost = self.postMessage.bind(self);
self.postMessage = function (msg, transfer) {
  if (msg && msg.type === 'batch' && currentLesson) {
    var i = msg.events.findIndex(function (e) { return e.type === 'done'; });
    if (i >= 0) {
      var done = msg.events[i];
      var grade = done.ok ? gradeOf(currentLesson, done.history) : {passed: false, goals: [], checks: []};
      msg.events.splice(i, 0, {type: 'lesson-result', lesson: currentLesson.id, grade: grade});
      currentLesson = null;
    }
  }
  return realPost(msg, transfer);
};

importScripts('/__test__/scripted-worker.js');
