using System.Globalization;
using System.Text;

namespace Chujing.Domain.Assessment;

/// <summary>
/// One of the engine's own texts (a note that is not a catalog rule): its id, kind, Chinese title and the sentence in
/// English and Chinese, as composite formats over the arguments <see cref="EngineNotes"/> documents for each.
/// </summary>
internal sealed class EngineNote(string id, BasisKind kind, string title, string en, string zh)
{
    private readonly CompositeFormat _en = CompositeFormat.Parse(en);
    private readonly CompositeFormat _zh = CompositeFormat.Parse(zh);

    public string Id { get; } = id;

    public BasisKind Kind { get; } = kind;

    public string Title { get; } = title;

    public string En(params object?[] args) => string.Format(CultureInfo.InvariantCulture, _en, args);

    public string Zh(params object?[] args) => string.Format(CultureInfo.InvariantCulture, _zh, args);
}
