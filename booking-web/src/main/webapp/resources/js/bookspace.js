window.bookspace = {
    /* Keeps the address bar equal to the search on screen, so a guest can bookmark or share it. */
    keepBookmark: function (args) {
        if (args && args.bookmark) {
            history.replaceState(null, '', args.bookmark);
        }
    },

    /* Opens or closes the dashboard's menu at once, and remembers it for this user on the server. */
    toggleSidebar: function (button) {
        var collapsed = document.body.classList.toggle('sidebar-collapsed');
        button.setAttribute('aria-expanded', String(!collapsed));
        fetch(button.dataset.url, {
            method: 'POST',
            headers: {'Content-Type': 'application/x-www-form-urlencoded'},
            body: 'sidebar=' + (collapsed ? 'collapsed' : 'open')
        });
    }
};
