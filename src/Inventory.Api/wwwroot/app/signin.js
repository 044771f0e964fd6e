import { languageSwitch } from './common.js';

document.getElementById('language').replaceWith(languageSwitch());
if (new URLSearchParams(location.search).has('failed')) document.getElementById('failed').hidden = false;
document.body.dataset.ready = 'true';
