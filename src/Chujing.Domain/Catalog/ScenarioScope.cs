namespace Chujing.Domain.Catalog;

/// <summary>Which scenarios of its domain a domain-level item belongs to.</summary>
public enum ScenarioScope
{
    /// <summary>Every scenario of the domain.</summary>
    All,

    /// <summary>The scenarios named in <see cref="ListItem.ScenarioIds"/>.</summary>
    Listed,

    /// <summary>The list names the item but no source says under which scenario; it is matched in any scenario of the domain.</summary>
    Unknown,
}
