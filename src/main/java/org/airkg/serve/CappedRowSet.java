package org.airkg.serve;

import java.util.List;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/**
 * The rows of a SELECT up to a cap: asked for one row more, it refuses the request's {@link Answer} and throws a
 * {@link QueryCancelledException}, which stops the query as its timeout does. The client gets a 503 saying so,
 * never the first rows as if they were all. A query cancelled by its timeout while rows are written refuses the
 * answer too (Fuseki would send the rows so far with an in-band marker).
 */
final class CappedRowSet implements RowSet {

    private final RowSet rows;
    private final long maxRows;
    private final Answer answer;

    CappedRowSet(RowSet rows, long maxRows, Answer answer) {
        this.rows = rows;
        this.maxRows = maxRows;
        this.answer = answer;
    }

    @Override
    public boolean hasNext() {
        boolean more;
        try {
            more = rows.hasNext();
        } catch (QueryCancelledException e) {
            answer.timedOut();
            throw e;
        }
        if (more && rows.getRowNumber() >= maxRows) {
            answer.refuse(new Answer.Refusal("The answer has more than this server's cap of " + maxRows
                    + " rows; ask for fewer (LIMIT and OFFSET to page through it, or a narrower pattern).", false));
            throw new QueryCancelledException();
        }
        return more;
    }

    @Override
    public Binding next() {
        hasNext();
        try {
            return rows.next();
        } catch (QueryCancelledException e) {
            answer.timedOut();
            throw e;
        }
    }

    @Override
    public List<Var> getResultVars() {
        return rows.getResultVars();
    }

    @Override
    public long getRowNumber() {
        return rows.getRowNumber();
    }

    @Override
    public void close() {
        rows.close();
    }
}
