/*
 * ES5 engine check, the first script of every page (never transpiled, never bundled: it must run where the
 * add-in cannot, e.g. IE11 in Office 2016/2019 volume editions). The bundles need ES2017 and the built-ins
 * below; on an older engine this shows which Excel and WPS versions the add-in supports instead of a blank
 * pane. A SyntaxError in one of our own scripts (an engine that passes these checks but not the bundles'
 * syntax) shows the same message.
 */
/* global window, document */
(function () {
  'use strict';
  var w = window;
  var TITLE = '当前 Excel / WPS 的浏览器内核过旧，无法运行“预算绩效目标表校验”加载项';
  var LINES = [
    '支持的版本：',
    'Excel：Microsoft 365、Excel 2021 及更高版本；Windows 10（1903 及以上）上的零售版 Excel 2019；Mac 版 Excel；Excel 网页版（Edge、Chrome、Firefox、Safari）。',
    'WPS：WPS Office 2019 及更高版本（Windows 版，或统信 UOS、麒麟等信创 Linux 版，内核 Chromium 56 及以上）。',
    'Excel 2016 和批量授权版 Excel 2019 使用 Internet Explorer 11 内核，不受支持。请升级 Office 或 WPS 后重新打开本面板；也可以在新版 Edge 或 Chrome 浏览器中打开下面的地址，以文件模式校验工作簿：',
  ];

  function supported() {
    return (
      typeof w.Promise === 'function' &&
      typeof w.fetch === 'function' &&
      typeof w.Symbol === 'function' &&
      typeof w.Map === 'function' &&
      typeof w.WeakMap === 'function' &&
      typeof Object.assign === 'function' &&
      // ES2017 built-ins: engines that have them parse async functions and classes (Chrome 54+, Edge 14+)
      typeof Object.values === 'function' &&
      typeof Object.getOwnPropertyDescriptors === 'function'
    );
  }

  function show() {
    if (w.__engineMessageShown) return;
    w.__engineMessageShown = true;
    var box = document.createElement('div');
    box.id = 'engine-too-old';
    box.setAttribute('data-testid', 'engine-too-old');
    box.setAttribute('role', 'alert');
    box.style.cssText =
      'padding:16px;font:14px/1.6 "Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;color:#201f1e;background:#fff';
    var h = document.createElement('p');
    h.style.cssText = 'font-weight:bold;margin:0 0 8px';
    h.appendChild(document.createTextNode(TITLE));
    box.appendChild(h);
    for (var i = 0; i < LINES.length; i++) {
      var p = document.createElement('p');
      p.style.margin = '0 0 6px';
      p.appendChild(document.createTextNode(LINES[i]));
      box.appendChild(p);
    }
    var url = document.createElement('p');
    url.style.cssText = 'margin:0;word-break:break-all;color:#605e5c';
    url.appendChild(document.createTextNode(String(w.location.href).split('?')[0]));
    box.appendChild(url);
    var container = document.getElementById('container');
    if (container) while (container.firstChild) container.removeChild(container.firstChild);
    document.body.insertBefore(box, document.body.firstChild);
  }

  function showWhenReady() {
    w.__engineTooOld = true;
    // WPS's ribbon page has no visible body: answer its callbacks so a button press still tells the user
    if (!w.ribbon && !document.getElementById('container'))
      w.ribbon = {
        OnAddinLoad: function () {
          return true;
        },
        OnAction: function () {
          w.alert(TITLE + '\n' + LINES.join('\n'));
        },
        OnGetEnabled: function () {
          return true;
        },
        GetImage: function () {
          return '';
        },
      };
    if (document.body) show();
    else document.addEventListener('DOMContentLoaded', show);
  }

  // never throw from here: a page without a full DOM (a test's vm, a stripped host page) just runs on
  function safely(fn) {
    try {
      fn();
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 has no catch without a binding
    } catch (e) {
      // nothing to show where the DOM cannot show it
    }
  }

  if (!supported()) {
    safely(showWhenReady);
    return;
  }
  // An engine with the built-ins but not the syntax: our bundles fail to parse. Other origins (office.js)
  // and runtime errors are not ours to report here.
  w.addEventListener('error', function (e) {
    var syntax = (w.SyntaxError && e.error instanceof w.SyntaxError) || /SyntaxError|语法错误/.test(e.message || '');
    var origin = w.location.protocol + '//' + w.location.host;
    if (syntax && String(e.filename || '').indexOf(origin) === 0) safely(showWhenReady);
  });
})();
