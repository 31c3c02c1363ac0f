/**
 * The one-file bundle for <script type="module" src=".../kpi-widgets.js">.
 * `kpi-widgets.js?prefix=acme` registers <acme-kpi-card>… instead, for pages
 * that already use the kit's tag names.
 */
import { defineKpiElements } from './register.js';

const prefix = new URL(import.meta.url).searchParams.get('prefix');
defineKpiElements(prefix && /^[a-z][a-z0-9]*$/.test(prefix) ? { prefix } : {});
