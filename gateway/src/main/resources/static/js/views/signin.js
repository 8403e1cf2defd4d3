import { h, append } from '../dom.js';
import { api } from '../api.js';
import { saveAuth, homePath } from '../auth.js';
import { navigate } from '../router.js';
import { field, formProblemSlot, onSubmit, takeFlash, pageHeader } from '../ui.js';

export function render(view, { query }) {
  const email = h('input', { type: 'email', autocomplete: 'username', required: true, name: 'email' });
  const password = h('input', { type: 'password', autocomplete: 'current-password', required: true, name: 'password' });
  const submit = h('button', { type: 'submit', class: 'btn btn--primary' }, 'Sign in');
  const form = h('form', { class: 'form', novalidate: true },
    formProblemSlot(),
    field('E-mail', email),
    field('Password', password),
    h('div', { class: 'form__actions' }, submit));

  onSubmit(form, submit, 'Signing in…', async () => {
    const token = await api('/api/auth/token', {
      method: 'POST', auth: false, body: { email: email.value.trim(), password: password.value },
    });
    const user = saveAuth(token, email.value.trim());
    const next = query.get('next');
    if (next && next.startsWith('/') && !next.startsWith('/signin')) {
      location.hash = `#${next}`;
    } else {
      navigate(homePath(user));
    }
  }, { onError: () => password.select() });

  append(view, [
    h('div', { class: 'narrow' },
      pageHeader('Sign in'),
      takeFlash(),
      h('p', { class: 'lead' }, 'Practise for the AWS Certified Machine Learning Engineer – Associate (MLA-C01) exam.'),
      h('div', { class: 'card' }, form),
      h('p', {}, 'New here? ', h('a', { href: '#/signup' }, 'Create an account')),
      h('details', { class: 'hint' },
        h('summary', {}, 'Demo accounts'),
        h('p', {}, 'learner@mla.local, instructor@mla.local, author@mla.local and admin@mla.local, with the password set for this installation (mla-demo-2026 unless changed).'))),
  ]);
  email.focus();
}
