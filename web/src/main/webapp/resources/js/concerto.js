/*
 * The plan page's edit panel and the keyboard: the panel takes focus when it opens, closes on a successful save,
 * on "Annuler" or on Escape, and gives the keyboard back to the row it was opened from (found again by its
 * element, since saving draws the plan's table anew).
 */
window.concerto = (function () {
    var opener = null;

    function onEscape(event) {
        if (event.key === 'Escape') {
            PF('editorPanel').hide();
        }
    }

    return {
        /** The row's button the panel is opened from (its click, before the panel's own focus moves). */
        opening: function (button) {
            opener = button;
        },
        openedEditor: function () {
            document.addEventListener('keydown', onEscape);
            var title = document.getElementById('editor:title');
            if (title) {
                title.focus();
            }
        },
        /** args: the ajax answer (closes when the save went through), null to close regardless. */
        closeEditor: function (args) {
            if (args === null || (args && !args.validationFailed && args.savedElement)) {
                PF('editorPanel').hide();
            }
        },
        returnFocus: function () {
            document.removeEventListener('keydown', onEscape);
            var element = opener && opener.getAttribute('data-edit');
            opener = null;
            // After the panel's own closing and the table's redrawing are done.
            setTimeout(function () {
                var target = element ? document.querySelector('[data-edit="' + element + '"]') : null;
                if (target) {
                    target.focus();
                }
            }, 50);
        }
    };
})();
