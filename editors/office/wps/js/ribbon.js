/* 公文检查 for WPS 文字: the ribbon button opens (or toggles) the task pane, docked right.
   Callbacks named in ribbon.xml; the API is the WPS JS API (window.Application). */
var GONGWEN_PANE_KEY = 'gongwen_lint_taskpane_id';

function GongwenBaseUrl() {
  var url = decodeURI(document.location.toString());
  return url.substring(0, url.lastIndexOf('/'));
}

function OnAddinLoad(ribbonUI) {
  if (typeof window.Application.ribbonUI !== 'object') window.Application.ribbonUI = ribbonUI;
  return true;
}

function OnAction(control) {
  if (control.Id !== 'btnGongwenCheck') return true;
  var app = window.Application;
  var id = app.PluginStorage.getItem(GONGWEN_PANE_KEY);
  var pane = id ? app.GetTaskPane(id) : null;
  if (!pane) {
    pane = app.CreateTaskPane(GongwenBaseUrl() + '/taskpane/index.html', '公文检查');
    app.PluginStorage.setItem(GONGWEN_PANE_KEY, pane.ID);
    pane.DockPosition = 2; // msoCTPDockPositionRight
    pane.Visible = true;
  } else {
    pane.Visible = !pane.Visible;
  }
  return true;
}

function GetImage(control) {
  return 'images/check.svg';
}
