namespace Chujing.Domain.Classification;

/// <summary>Receives keyed hashes of person identifiers (never the identifiers). Implementations must be thread-safe.</summary>
public interface IPersonKeySink
{
    /// <summary>Adds a batch of keys; duplicates are expected and are what the sink removes.</summary>
    void Add(ReadOnlySpan<UInt128> keys);
}
