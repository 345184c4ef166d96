package ca.concerto.web.interfaces.errors;

import ca.concerto.web.interfaces.language.Messages;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.util.Iterator;
import java.util.Optional;

/**
 * The screens' side of {@link Refusal}: an action (or a page's load) the domain refused shows its sentence in
 * the page's messages, and the page stays as it was, with what the person typed; any other failure goes on
 * to the error page. Views catch a refusal themselves only to do more than say it (show a conflict beside
 * the person's text).
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

    public RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Optional<Refusal> refusal = Refusal.of(events.next().getContext().getException());
            // Once the page is being written, a message could no longer reach it: the error page it is then.
            if (refusal.isPresent() && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
                events.remove();
                String text = CDI.current().select(Messages.class).get().text(refusal.get().messageKey());
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
                context.validationFailed();
                context.renderResponse();
            }
        }
        getWrapped().handle();
    }
}
