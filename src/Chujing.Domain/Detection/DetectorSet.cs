namespace Chujing.Domain.Detection;

/// <summary>Every detector the scanner knows, in a fixed order (the order ties are broken in), with lookup by type id.</summary>
public static class DetectorSet
{
    /// <summary>All detectors: checksum-bearing types first, then format types, then the fuzzy ones.</summary>
    public static IReadOnlyList<Detector> All { get; } =
    [
        new ResidentIdDetector(),
        new UsccDetector(),
        new BankCardDetector(),
        new VinDetector(),
        new MobileDetector(),
        new PassportDetector(),
        new TravelPermitDetector(),
        new LicensePlateDetector(),
        new EmailDetector(),
        new IpAddressDetector(),
        new GeoCoordinateDetector(),
        new DateOfBirthDetector(),
        new PersonNameDetector(),
        new AddressDetector(),
    ];

    /// <summary>
    /// <see cref="All"/> for a scan on <paramref name="asOf"/>: the resident ID detector then refuses birth dates after
    /// that day. <see cref="All"/> itself when no date is given.
    /// </summary>
    public static IReadOnlyList<Detector> For(DateOnly? asOf) =>
        asOf is null ? All : [.. All.Select(d => d is ResidentIdDetector ? new ResidentIdDetector(asOf) : d)];

    /// <summary>The detector kept under a tally key (<see cref="Detector.TallyKey"/>) for a scan on <paramref name="asOf"/>, or null.</summary>
    public static Detector? ForTally(string tallyKey, DateOnly? asOf)
    {
        ArgumentNullException.ThrowIfNull(tallyKey);
        if (tallyKey == GeoAxisDetector.Latitude.TallyKey)
        {
            return GeoAxisDetector.Latitude;
        }

        if (tallyKey == GeoAxisDetector.Longitude.TallyKey)
        {
            return GeoAxisDetector.Longitude;
        }

        return tallyKey == "cn-resident-id" && asOf is not null ? new ResidentIdDetector(asOf) : Find(tallyKey);
    }

    /// <summary>The detector for a type id, or null.</summary>
    public static Detector? Find(string typeId)
    {
        foreach (var detector in All)
        {
            if (string.Equals(detector.Id, typeId, StringComparison.Ordinal))
            {
                return detector;
            }
        }

        return null;
    }

    /// <summary>
    /// Identifier types that single out a person, strongest first: rows sharing one of them are one person, but two
    /// different resident IDs (or passports) are never joined through a weaker one (mobile, e-mail, bank card).
    /// </summary>
    public static IReadOnlyList<string> PersonKeyPriority { get; } = ["cn-resident-id", "cn-passport", "cn-mobile", "email", "bank-card"];
}
