// session.*: the only methods that answer while the database is locked (invoke's gate lets them through).
import type { BackendEvent } from '../../shared/contract';
import type { Session } from '../session/session';
import type { HandlersFor } from './context';

export function sessionHandlers(session: Session, emit: (event: BackendEvent) => void): HandlersFor<'session'> {
  return {
    'session.status': () => session.status(),
    'session.setup': ({ passphrase }) => session.setup(passphrase),
    'session.unlock': ({ passphrase }) => session.unlock(passphrase),
    'session.changePassphrase': ({ current, next }) => session.changePassphrase(current, next),
    'session.lock': () => {
      const wasOpen = session.isOpen;
      session.lock();
      if (wasOpen) emit({ name: 'session.changed', payload: { state: 'locked' } });
      return session.status();
    },
  };
}
