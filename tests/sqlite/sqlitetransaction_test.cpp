#include "sqlite/sqlitestatement.h"
#include "sqlite/sqlitetransaction.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <memory>

namespace scb {
namespace {

// An in-memory database with one table t(v).
class SqliteTransactionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        sqlite3 *db = nullptr;
        ASSERT_EQ(sqlite3_open(":memory:", &db), SQLITE_OK);
        m_db.reset(db);
        ASSERT_TRUE(execSql(db, "CREATE TABLE t(v INTEGER NOT NULL)", "create").ok());
    }

    sqlite3 *db() const { return m_db.get(); }

    int rows() const
    {
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db(), "SELECT count(*) FROM t", -1, &stmt, nullptr);
        sqlite3_step(stmt);
        const int n = sqlite3_column_int(stmt, 0);
        sqlite3_finalize(stmt);
        return n;
    }

    void insert(int v) const
    {
        const std::string sql = "INSERT INTO t(v) VALUES (" + std::to_string(v) + ")";
        ASSERT_TRUE(execSql(db(), sql.c_str(), "insert").ok());
    }

    struct Close
    {
        void operator()(sqlite3 *db) const { sqlite3_close(db); }
    };
    std::unique_ptr<sqlite3, Close> m_db;
};

TEST_F(SqliteTransactionTest, CommittedRowsStay)
{
    SqliteTransaction tx(db());
    ASSERT_TRUE(tx.begin("begin").ok());
    insert(1);
    insert(2);
    ASSERT_TRUE(tx.commit("commit").ok());
    EXPECT_EQ(rows(), 2);
    EXPECT_TRUE(sqlite3_get_autocommit(db())) << "the transaction is over";
}

TEST_F(SqliteTransactionTest, LeavingWithoutCommitRollsBack)
{
    insert(1);
    {
        SqliteTransaction tx(db());
        ASSERT_TRUE(tx.begin("begin").ok());
        insert(2);
        insert(3);
    }
    EXPECT_EQ(rows(), 1);
    EXPECT_TRUE(sqlite3_get_autocommit(db()));
}

TEST_F(SqliteTransactionTest, PreparedStatementsServeManyTransactions)
{
    TransactionStatements statements;
    ASSERT_TRUE(statements.prepare(db()).ok());
    for (int i = 0; i < 5; ++i) {
        SqliteTransaction tx(db(), statements);
        ASSERT_TRUE(tx.begin("begin").ok());
        insert(i);
        if (i % 2 == 0)
            ASSERT_TRUE(tx.commit("commit").ok());
    }
    EXPECT_EQ(rows(), 3); // 0, 2 and 4 committed; 1 and 3 rolled back
    EXPECT_TRUE(sqlite3_get_autocommit(db()));
}

TEST_F(SqliteTransactionTest, InsideAnotherItIsASavepointTheOuterRollbackUndoes)
{
    {
        SqliteTransaction outer(db());
        ASSERT_TRUE(outer.begin("outer").ok());
        insert(1);
        {
            SqliteTransaction inner(db());
            ASSERT_TRUE(inner.begin("inner").ok());
            insert(2);
            ASSERT_TRUE(inner.commit("inner commit").ok());
        }
        EXPECT_FALSE(sqlite3_get_autocommit(db())) << "the inner commit ends only the savepoint";
        {
            SqliteTransaction dropped(db());
            ASSERT_TRUE(dropped.begin("dropped").ok());
            insert(3);
        }
        EXPECT_EQ(rows(), 2) << "the uncommitted savepoint rolled back alone";
    }
    EXPECT_EQ(rows(), 0) << "the outer rollback undoes the committed savepoint too";
}

TEST_F(SqliteTransactionTest, ErrorsNameWhatFailed)
{
    SqliteTransaction first(db());
    ASSERT_TRUE(first.begin("first").ok());
    // COMMIT of a transaction that a statement already ended reports SQLite's reason.
    ASSERT_TRUE(execSql(db(), "ROLLBACK", "rollback").ok());
    const Status committed = first.commit("storing tick 42");
    ASSERT_FALSE(committed.ok());
    EXPECT_NE(committed.message().find("storing tick 42"), std::string::npos)
        << committed.message();
}

} // namespace
} // namespace scb
