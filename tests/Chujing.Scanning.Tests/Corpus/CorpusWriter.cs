using System.Data.Common;
using Chujing.Scanning.Csv;
using Microsoft.Data.Sqlite;
using MiniExcelLibs;
using Npgsql;
using Parquet;
using Parquet.Schema;

namespace Chujing.Scanning.Tests.Corpus;

/// <summary>Writes one corpus in every format the scanner reads, every value as text.</summary>
public static class CorpusWriter
{
    public static void Gb18030Csv(SyntheticCorpus corpus, string path) => File.WriteAllBytes(path, TextEncodingSniffer.Gb18030.GetBytes(corpus.ToCsv()));

    public static void Xlsx(SyntheticCorpus corpus, string path)
    {
        var rows = corpus.Rows.Select(row =>
        {
            var map = new Dictionary<string, object>(StringComparer.Ordinal);
            for (var c = 0; c < corpus.Columns.Length; c++)
            {
                map[corpus.Columns[c]] = row[c];
            }

            return map;
        });
        MiniExcel.SaveAs(path, rows);
    }

    public static void Jsonl(SyntheticCorpus corpus, string path)
    {
        using var writer = new StreamWriter(path);
        foreach (var row in corpus.Rows)
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var c = 0; c < corpus.Columns.Length; c++)
            {
                map[corpus.Columns[c]] = row[c];
            }

            writer.WriteLine(System.Text.Json.JsonSerializer.Serialize(map));
        }
    }

    public static async Task ParquetAsync(SyntheticCorpus corpus, string path, int rowGroupSize = 700)
    {
        var fields = corpus.Columns.Select(c => new DataField<string>(c)).ToArray();
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream);
        for (var start = 0; start < corpus.Rows.Count; start += rowGroupSize)
        {
            var rows = corpus.Rows.Skip(start).Take(rowGroupSize).ToList();
            using var group = writer.CreateRowGroup();
            for (var c = 0; c < fields.Length; c++)
            {
                await group.WriteAsync(fields[c], rows.Select(r => r[c]).ToList());
            }
        }
    }

    public static void Sqlite(SyntheticCorpus corpus, string path, string table)
    {
        using var connection = new SqliteConnection("Data Source=" + path);
        connection.Open();
        Fill(connection, corpus, table);
    }

    public static void Postgres(SyntheticCorpus corpus, string connectionString, string table)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        Fill(connection, corpus, table);
    }

    private static void Fill(DbConnection connection, SyntheticCorpus corpus, string table)
    {
        using var transaction = connection.BeginTransaction();
        using (var create = connection.CreateCommand())
        {
            create.Transaction = transaction;
            create.CommandText = $"CREATE TABLE \"{table}\" (" + string.Join(", ", corpus.Columns.Select(c => "\"" + c + "\" TEXT")) + ")";
            create.ExecuteNonQuery();
        }

        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO \"{table}\" VALUES (" + string.Join(", ", corpus.Columns.Select((_, i) => "@p" + i)) + ")";
        var parameters = corpus.Columns.Select((_, i) =>
        {
            var p = insert.CreateParameter();
            p.ParameterName = "p" + i;
            insert.Parameters.Add(p);
            return p;
        }).ToArray();
        foreach (var row in corpus.Rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                parameters[c].Value = row[c];
            }

            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}
