/* Bookspace's booking widget, for an owner's own site. Paste where it should show:
     <script src="https://<bookspace>/widget.js" data-organisation="harbour-house" async></script>
   It puts a frame of the organisation's widget page (/harbour-house/widget) in place of the tag. That page
   shows itself only on the sites the owner listed on the dashboard (its Content-Security-Policy says
   frame-ancestors with those sites); elsewhere the browser leaves the frame empty. The page tells its height
   with postMessage, and the frame takes it, once the message is seen to come from that frame and Bookspace. */
(function () {
    var script = document.currentScript;
    if (!script || !script.dataset.organisation) {
        return;
    }
    var bookspace = new URL(script.src).origin;
    var frame = document.createElement('iframe');
    frame.src = bookspace + '/' + encodeURIComponent(script.dataset.organisation) + '/widget';
    frame.title = 'Book a room';
    frame.setAttribute('data-bookspace-widget', script.dataset.organisation);
    frame.style.cssText = 'display:block;width:100%;height:420px;border:0;';
    script.parentNode.insertBefore(frame, script);

    window.addEventListener('message', function (event) {
        if (event.origin !== bookspace || event.source !== frame.contentWindow) {
            return;
        }
        if (event.data && event.data.bookspaceWidget === 'height' && typeof event.data.height === 'number') {
            frame.style.height = Math.min(Math.max(event.data.height, 200), 10000) + 'px';
        }
    });
}());
