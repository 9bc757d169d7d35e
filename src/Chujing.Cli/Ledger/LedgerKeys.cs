using Chujing.Domain.Diagnostics;
using Chujing.Domain.Evidence;
using Chujing.Evidence;
using Chujing.Evidence.Storage;

namespace Chujing.Cli.Ledger;

/// <summary>Where a ledger's private key file is: <c>--key</c>, or <c>&lt;log&gt;.key</c> beside an SQLite ledger.</summary>
internal static class LedgerKeys
{
    public static string PathFor(string log, string? keyOption)
    {
        if (!string.IsNullOrEmpty(keyOption))
        {
            return keyOption;
        }

        return LedgerStores.IsPostgres(log)
            ? throw new InvalidInputException(Diagnostic.ForField(null, "--key", "a PostgreSQL ledger needs the path of its signing key file"))
            : LedgerKeyFile.DefaultPathFor(log);
    }
}
