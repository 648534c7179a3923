package org.eventstorm.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import org.eventstorm.app.document.DocumentService;
import org.eventstorm.app.document.RecentBoards;

/** Opening, creating and remembering boards. */
public final class DocumentModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(RecentBoards.class).in(Singleton.class);
        bind(DocumentService.class).in(Singleton.class);
    }
}
