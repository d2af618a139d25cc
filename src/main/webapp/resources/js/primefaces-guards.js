/*
 * PrimeFaces 15's SelectOneMenu: a click on an item runs revert(), which reads the value the menu had when it was
 * opened (preShowValue). When the panel is open but show() did not run for this widget (a widget created again while
 * its panel was open), that value is missing and the click throws "Cannot read properties of undefined (reading
 * 'index')" (seen in CI on the organisation form). Take the menu's current value then, as show() would have.
 */
(function () {
    function guard() {
        var menu = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.SelectOneMenu;
        if (!menu || menu.prototype.cocreateRevertGuarded) {
            return;
        }
        var revert = menu.prototype.revert;
        menu.prototype.revert = function () {
            if (!this.preShowValue && this.options) {
                this.preShowValue = this.options.filter(':selected');
            }
            return revert.apply(this, arguments);
        };
        menu.prototype.cocreateRevertGuarded = true;
    }
    guard();
    document.addEventListener('DOMContentLoaded', guard);
})();
