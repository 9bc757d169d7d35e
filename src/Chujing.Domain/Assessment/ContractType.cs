namespace Chujing.Domain.Assessment;

/// <summary>The kind of contract a transfer concludes or performs (<c>contractType</c>).</summary>
public enum ContractType
{
    /// <summary>A contract to which the individual is a party (art. 5 (1): 个人作为一方当事人的合同).</summary>
    WithIndividual,

    /// <summary>A contract between organisations only (e.g. a service agreement between two companies).</summary>
    BetweenOrganisations,
}
