// How a view says something went wrong: announced to screen readers at once, shown until cleared.
export function ErrorAlert({ message }: { message: string | null | undefined }) {
  return message ? (
    <p className="alert" role="alert">
      {message}
    </p>
  ) : null;
}
