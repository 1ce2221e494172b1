// 関係機関への依頼 on the meeting screen: 説明してほしいこと, the request per agency and its files (依頼文,
// アセスメントシート). The plan, the questions and the requests are read again on assessments.changed (any
// window's change) and on ledger and meeting changes (a new affiliation, a changed scope).
import type { DateStyle } from '../../lib/date-style';
import { useId } from 'react';
import { useBackendQuery, type RefetchOn } from '../../hooks/useBackendQuery';
import { QuestionEditor } from './QuestionEditor';
import { RequestCreateForm } from './RequestCreateForm';
import { RequestList } from './RequestList';
import './requests-out.css';

interface Props {
  meetingId: number;
  dateStyle: DateStyle;
}

/** Both the plan and the lists follow every change that could alter them. */
export const REQUEST_REFETCH: readonly RefetchOn[] = ['assessments.changed', 'ledger.changed', 'meetings.changed'];

export function RequestsPanel({ meetingId, dateStyle }: Props) {
  const id = useId();
  const plan = useBackendQuery('requests.plan', { meetingId }, { refetchOn: REQUEST_REFETCH });
  const questions = useBackendQuery('requests.questions', { meetingId }, { refetchOn: REQUEST_REFETCH });
  const list = useBackendQuery('requests.list', { meetingId }, { refetchOn: REQUEST_REFETCH });
  const agencies = useBackendQuery('agencies.list', {});
  const error = plan.error ?? questions.error ?? list.error;

  return (
    <section className="detail-section requests-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>関係機関への依頼</h2>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {plan.data && questions.data && (
        <QuestionEditor
          meetingId={meetingId}
          questions={questions.data.questions}
          agencies={plan.data.agencies}
          agencyNames={(agencies.data?.agencies ?? []).map((a) => a.name)}
          cases={plan.data.cases}
        />
      )}
      {plan.data && (
        <RequestCreateForm
          meetingId={meetingId}
          agencies={plan.data.agencies}
          suggestedDue={plan.data.suggestedDue}
          startChosen
        />
      )}
      {list.data && <RequestList requests={list.data.requests} dateStyle={dateStyle} />}
    </section>
  );
}
