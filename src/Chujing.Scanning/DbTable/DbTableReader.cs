using System.Data.Common;

namespace Chujing.Scanning.DbTable;

/// <summary>
/// A table or query result of an ADO.NET provider (SQLite, PostgreSQL), streamed by the provider's data reader.
/// Binary columns are read as empty; other values become text as <see cref="CellText"/> says.
/// </summary>
public sealed class DbTableReader : RowBufferReader
{
    private readonly DbConnection _connection;
    private readonly DbCommand _command;
    private readonly DbDataReader _reader;
    private readonly string[] _columns;

    internal DbTableReader(string source, string format, DbConnection connection, DbCommand command, DbDataReader reader)
        : base(source, format)
    {
        _connection = connection;
        _command = command;
        _reader = reader;
        _columns = new string[reader.FieldCount];
        for (var i = 0; i < _columns.Length; i++)
        {
            _columns[i] = reader.GetName(i);
        }
    }

    public override IReadOnlyList<string> Columns => _columns;

    protected override bool ReadRow()
    {
        if (!_reader.Read())
        {
            return false;
        }

        for (var i = 0; i < _columns.Length; i++)
        {
            SetCell(i, _reader.IsDBNull(i) ? null : CellText.Format(_reader.GetValue(i)));
        }

        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader.Dispose();
            _command.Dispose();
            _connection.Dispose();
        }

        base.Dispose(disposing);
    }
}
