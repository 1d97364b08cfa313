/** A short confirmation after something the user did went through. */
export function SuccessMessage({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <div className="alert alert-success" role="status">
      {text}
    </div>
  );
}
