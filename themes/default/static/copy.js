// copy.js - progressive enhancement: shows each "Copy" button (hidden in the HTML, so a
// page without JavaScript shows none) and copies the text of the element it names.
// The words come from the page: the button's data-copied attribute is announced on success.
(function () {
	'use strict';
	function fallbackCopy(text) {
		var area = document.createElement('textarea');
		area.value = text;
		area.setAttribute('readonly', '');
		area.style.position = 'fixed';
		area.style.opacity = '0';
		document.body.appendChild(area);
		area.select();
		var ok = false;
		try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
		document.body.removeChild(area);
		return ok ? Promise.resolve() : Promise.reject(new Error('copy refused'));
	}
	function copy(text) {
		if (navigator.clipboard && navigator.clipboard.writeText)
			return navigator.clipboard.writeText(text).catch(function () { return fallbackCopy(text); });
		return fallbackCopy(text);
	}
	var buttons = document.querySelectorAll('button[data-copy]');
	Array.prototype.forEach.call(buttons, function (button) {
		var source = document.getElementById(button.getAttribute('data-copy'));
		if (!source) return;
		var status = button.parentNode.querySelector('.copy-button__status');
		button.hidden = false;
		button.addEventListener('click', function () {
			copy(source.textContent.trim()).then(function () {
				if (status) status.textContent = button.getAttribute('data-copied') || '';
			}, function () {
				if (status) status.textContent = '';
				source.focus();
			});
		});
	});
})();
