/* Inside the booking widget's frame: tells the page that embeds it (widget.js) how tall the widget is, whenever
   that changes (rooms found, a date picker opened), so the frame fits it without a scroll bar of its own. Only a
   height goes out, nothing a visitor typed, so any parent may read it; widget.js checks it came from this frame. */
(function () {
    if (window.parent === window) {
        return;
    }
    var lastHeight = 0;
    function tellHeight() {
        var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
        if (height !== lastHeight) {
            lastHeight = height;
            window.parent.postMessage({ bookspaceWidget: 'height', height: height }, '*');
        }
    }
    new ResizeObserver(tellHeight).observe(document.documentElement);
    tellHeight();
}());
