namespace Chujing.Domain.Classification;

/// <summary>Receives each identified row's keyed identifiers (never the identifiers). Implementations must be thread-safe.</summary>
public interface IPersonKeySink
{
    /// <summary>Adds a batch of rows; rows sharing identifiers are what the sink links into persons.</summary>
    void Add(ReadOnlySpan<PersonIdentifiers> rows);
}
