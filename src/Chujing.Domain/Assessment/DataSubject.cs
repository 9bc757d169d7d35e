namespace Chujing.Domain.Assessment;

/// <summary>Whose personal information an activity sends (<c>dataSubjects</c>).</summary>
public enum DataSubject
{
    /// <summary>Individuals who are themselves parties to a contract with the processor (buyers, travellers, account holders…).</summary>
    Customers,

    /// <summary>The processor's (or its group's) employees.</summary>
    Employees,

    /// <summary>Anyone else (e.g. trial subjects, patients, contacts of customers).</summary>
    Other,
}
