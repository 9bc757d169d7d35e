namespace Chujing.Domain.Catalog;

/// <summary>Which processors a national rule speaks to.</summary>
public enum RuleScope
{
    Any,
    Ciio,
    NonCiio,
}
