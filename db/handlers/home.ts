// home.*: the home view's data, read and computed in db/services/home.ts.
import { homeData } from '../services/home';
import type { HandlerContext, HandlersFor } from './context';

export function homeHandlers(ctx: HandlerContext): HandlersFor<'home'> {
  return {
    'home.summary': () => homeData(ctx.store(), ctx.now()),
  };
}
