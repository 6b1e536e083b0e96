// Senders that are probably the same person (to link or turn down), and finding one to link by hand.
import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import { channelNames } from '../../electron/api/domain';
import type { PersonHistory, SenderMatch } from '../../electron/api/people';
import { useDebounced } from '../hooks/use-debounced';
import { ChannelIcon } from '../queue/ChannelIcon';
import { ErrorAlert } from '../ErrorAlert';

interface Props {
  person: PersonHistory;
  onChanged: (person: PersonHistory, message: string) => void;
}

const strengthWords = { strong: 'Very likely', medium: 'Likely', weak: 'Possibly' } as const;

export function LinkSenders({ person, onChanged }: Props) {
  const api = useApi();
  const [error, setError] = useState<string | null>(null);
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 200);
  const [matches, setMatches] = useState<SenderMatch[]>([]);

  useEffect(() => {
    let current = true;
    if (search.length < 2) return;
    void api.call('person:findSenders', { text: search }).then((result) => {
      if (current && result.ok) setMatches(result.value.filter((match) => match.personId !== person.id));
    });
    return () => {
      current = false;
    };
  }, [api, search, person.id]);

  const act = async (method: 'person:link' | 'person:notSame', authorId: number, message: string) => {
    const result = await api.call(method, { id: person.id, authorId });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setText('');
    setMatches([]);
    onChanged(result.value, message);
  };

  return (
    <>
      {person.suggestions.length > 0 ? (
        <>
          <h4>Possibly the same person</h4>
          <ul className="suggested-links" aria-label="Possibly the same person">
            {person.suggestions.map(({ sender, strength, evidence }) => {
              const who = `${sender.name} on ${channelNames[sender.channel]}`;
              return (
                <li key={sender.id}>
                  <ChannelIcon channel={sender.channel} /> {sender.name} {sender.handle ?? sender.email ?? ''}{' '}
                  <span className={`strength strength-${strength}`}>{strengthWords[strength]}</span>
                  <br />
                  <span className="muted">{evidence.join('; ')}</span>
                  <br />
                  <button
                    type="button"
                    aria-label={`Link ${who}`}
                    onClick={() => void act('person:link', sender.id, `${who} linked to ${person.displayName}.`)}
                  >
                    Same person: link
                  </button>{' '}
                  <button
                    type="button"
                    className="secondary"
                    aria-label={`Not the same: ${who}`}
                    onClick={() =>
                      void act('person:notSame', sender.id, `${who} is not ${person.displayName}; recorded.`)
                    }
                  >
                    Not the same
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      <ErrorAlert message={error} />
      <label className="find-sender">
        <span>Link another sender by hand</span>
        <input
          type="search"
          aria-label="Find a sender to link"
          placeholder="Name, handle, email or number"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      {search.length >= 2 && matches.length > 0 ? (
        <ul className="sender-matches" aria-label="Senders found">
          {matches.map((match) => {
            const who = `${match.sender.name} on ${channelNames[match.sender.channel]}`;
            return (
              <li key={match.sender.id}>
                <ChannelIcon channel={match.sender.channel} /> {match.sender.name}{' '}
                {match.sender.handle ?? match.sender.email ?? match.sender.phone ?? ''}
                <button
                  type="button"
                  aria-label={`Link ${who}`}
                  onClick={() => void act('person:link', match.sender.id, `${who} linked to ${person.displayName}.`)}
                >
                  Link
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </>
  );
}
