/* Keeps the address bar equal to the search on screen, so a guest can bookmark or share it. */
window.bookspace = {
    keepBookmark: function (args) {
        if (args && args.bookmark) {
            history.replaceState(null, '', args.bookmark);
        }
    }
};
