package dev.bookspace.identity;

import dev.bookspace.shared.OneLine;
import dev.bookspace.tenancy.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * Someone the owner invites to the dashboard. The name and address follow the sign-up's rules
 * ({@link SignUpForm}); the page checks them as they are typed and {@link StaffService} again.
 */
public class InvitationForm implements Serializable {

    @NotBlank(message = "{bookspace.invitation.name.blank}")
    @Size(max = 120, message = "{bookspace.invitation.name.size}")
    @OneLine
    private String name;

    @NotBlank(message = "{bookspace.invitation.email.blank}")
    @Email(regexp = "|[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+", message = "{bookspace.email.invalid}")
    @Size(max = 254, message = "{bookspace.email.size}")
    private String email;

    @NotNull(message = "{bookspace.invitation.role.missing}")
    private Role role = Role.STAFF;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
