import { h, append } from '../dom.js';
import { api } from '../api.js';
import { saveAuth, homePath } from '../auth.js';
import { navigate } from '../router.js';
import { field, formProblemSlot, onSubmit, pageHeader } from '../ui.js';

export function render(view) {
  const displayName = h('input', { type: 'text', autocomplete: 'name', maxlength: '60', name: 'displayName' });
  const email = h('input', { type: 'email', autocomplete: 'email', name: 'email' });
  const password = h('input', { type: 'password', autocomplete: 'new-password', name: 'password' });
  const submit = h('button', { type: 'submit', class: 'btn btn--primary' }, 'Create account');
  const form = h('form', { class: 'form', novalidate: true },
    formProblemSlot(),
    field('Name shown to your instructor', displayName),
    field('E-mail', email),
    field('Password', password, { hint: 'At least 10 characters, with letters and digits.' }),
    h('div', { class: 'form__actions' }, submit));

  onSubmit(form, submit, 'Creating account…', async () => {
    const body = { email: email.value.trim(), password: password.value, displayName: displayName.value.trim() };
    await api('/api/auth/signup', { method: 'POST', auth: false, body });
    const token = await api('/api/auth/token', {
      method: 'POST', auth: false, body: { email: body.email, password: body.password },
    });
    navigate(homePath(saveAuth(token, body.email)));
  });

  append(view, [
    h('div', { class: 'narrow' },
      pageHeader('Create an account'),
      h('div', { class: 'card' }, form),
      h('p', {}, 'Already have an account? ', h('a', { href: '#/signin' }, 'Sign in'))),
  ]);
  displayName.focus();
}
